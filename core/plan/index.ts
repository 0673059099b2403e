export * from "./model.js";
export * from "./layout.js";
export * from "./headers.js";
export * from "./build.js";
export * from "./read.js";
export { dueDateFormula, DUE_FORMULA_YEARS, DUE_TOKENS } from "./due-formula.js";
