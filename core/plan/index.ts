export * from "./model.js";
export * from "./layout.js";
export * from "./headers.js";
export * from "./build.js";
export * from "./read.js";
