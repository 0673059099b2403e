import { planSuite } from "./plan.js";
import type { BenchSuite } from "./types.js";
import { validateSuite } from "./validate.js";

/** Every benchmark suite, in the order the table shows them. */
export const SUITES: BenchSuite[] = [planSuite];
SUITES.push(validateSuite);
