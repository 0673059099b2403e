import { addinSuite } from "./addin.js";
import { appsScriptSuite } from "./appsscript.js";
import { memorySuite } from "./memory.js";
import { nilaiSuite } from "./nilai.js";
import { planSuite } from "./plan.js";
import { processSuite } from "./process.js";
import { reviewSuite } from "./review.js";
import { scoreSuite } from "./score.js";
import type { BenchSuite } from "./types.js";
import { validateSuite } from "./validate.js";
import { webSuite } from "./web.js";

/** Every benchmark suite, in the order the table shows them. */
export const SUITES: BenchSuite[] = [planSuite, validateSuite, processSuite, memorySuite, scoreSuite, nilaiSuite, addinSuite, appsScriptSuite, reviewSuite, webSuite];
