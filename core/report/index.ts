// Sheets the reports write: Hasil Validasi, Laporan Berkala (Pasal 4), the validation recap, the TPI report. Shared styles stay internal.
export * from "./validation-sheet.js";
export * from "./periodic.js";
export * from "./recap.js";
export * from "./tpi/index.js";
