export * from "./review.js";
export * from "./portable.js";
export * from "./recaps.js";
export * from "./pieces.js";
