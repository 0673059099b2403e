export * from "./serial.js";
export * from "./zone.js";
export * from "./format.js";
export * from "./target.js";
export * from "./due.js";
export { MONTHS } from "./fragments.js";
