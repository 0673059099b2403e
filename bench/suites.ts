import { planSuite } from "./plan.js";
import { addinSuite } from "./addin.js";
import type { BenchSuite } from "./types.js";

/** Every benchmark suite, in the order the table shows them. */
export const SUITES: BenchSuite[] = [planSuite];
SUITES.push(addinSuite);
