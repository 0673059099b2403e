// The validation API: findings, reading any workbook's plan (generated or typed), the facts of
// the periodic report and the CLI's per-workbook result. Collecting and coverage stay internal.
export * from "./codes.js";
export { assessAction, statusKind, DUE_SOON_DAYS, type AssessContext, type Assessment, type StatusKind } from "./assess.js";
export * from "./validate.js";
export * from "./progress.js";
export * from "./result.js";
export * from "./workbook.js";
export * from "./subject.js";
export * from "./review.js";
export { readTypedPlan } from "./typed/read.js";
export { splitActionItems } from "./typed/items.js";
export { findIdentity, type Identity } from "./typed/identity.js";
