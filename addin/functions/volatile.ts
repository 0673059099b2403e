// Functions whose answer depends on today's date (a recurring target's next due date, the
// default as-of date of TERLAMBAT): Excel recalculates them like TODAY(), so an answer never
// goes stale overnight. Data for the build, which marks them @volatile in the metadata.
export const VOLATILE_FUNCTIONS: readonly string[] = ["TARGET", "TERLAMBAT"];
