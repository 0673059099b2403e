export * from "./review.js";
export * from "./portable.js";
