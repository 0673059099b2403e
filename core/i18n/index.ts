// Every string a user sees comes from here, Indonesian first.
export * from "./dates.js";
export * from "./plan.js";
export * from "./files.js";
export * from "./review.js";
export * from "./cli.js";
export * from "./functions.js";
export * from "./actions.js";
export * from "./ui.js";
export * from "./score.js";
export * from "./appsscript.js";
export * from "./ranges.js";
export * from "./addin.js";
export * from "./findings.js";
export * from "./reports.js";
export * from "./validate-cli.js";
export * from "./tpi-report.js";
export * from "./web.js";
