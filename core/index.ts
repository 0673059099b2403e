// The pure core: no Office, no SpreadsheetApp, no Node. Hosts hand it Grids and apply its SheetSpecs.
export * from "./sheet/index.js";
export * from "./catalog/index.js";
export * from "./dates/index.js";
export * from "./plan/index.js";
export * from "./i18n/index.js";
export * from "./functions/index.js";
export * from "./actions/index.js";
export * from "./score/index.js";
export * from "./functions/ranges.js";
export * from "./validate/index.js";
export * from "./report/index.js";
export { boundedDistance, normalizeText, prepareText, stripMarker, textSimilarity, type Prepared } from "./catalog/match.js";
export { catalogMatcher, matchActions, matchArea, matchIndicator, MATCH_THRESHOLD, type CatalogMatcher } from "./catalog/matcher.js";
export * from "./xlsx/index.js";
export * from "./review/index.js";
