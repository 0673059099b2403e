export { readXlsx, type ReadXlsxOptions, type ReadXlsxResult } from "./read.js";
export { MAX_EXPANDED_BYTES, MAX_FILE_BYTES, DEFAULT_LIMITS, type XlsxLimits } from "./limits.js";
export { classifyNonZip, looksLikeZip } from "./classify.js";
export { isDateFormatCode } from "./numfmt.js";
export { shiftFormula } from "./formula.js";
export type { FaultKind } from "./fault.js";
export type { RawInflate } from "./inflate.js";
