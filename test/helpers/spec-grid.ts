// The core's own gridFromSpec, kept under its old path for the tests that import it from here.
export { gridFromSpec } from "../../core/index.js";
