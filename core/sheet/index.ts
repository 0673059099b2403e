export * from "./types.js";
export * from "./a1.js";
export * from "./values.js";
export * from "./names.js";
export * from "./grid.js";
export * from "./spec.js";
export * from "./heights.js";
export * from "./matrices.js";
