// Sheets validation writes: Hasil Validasi, Laporan Berkala (Pasal 4), the recap. Shared styles stay internal.
export * from "./validation-sheet.js";
export * from "./periodic.js";
export * from "./recap.js";
