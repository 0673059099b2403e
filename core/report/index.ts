export * from "./common.js";
export * from "./validation-sheet.js";
export * from "./periodic.js";
export * from "./recap.js";
