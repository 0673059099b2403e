// Messages only the Google Sheets add-on shows (menu, alerts, server errors, custom functions on
// ranges). Labels both add-ins share live in ui.ts.

export const sheetsText = {
  sidebarTitle: "Zona Integritas",
  loading: "Memuat…",
  menuFillForm:
    "Isi formulir Rencana di panel Zona Integritas (Perangkat Daerah dan Tahun), lalu klik \"Sisipkan Lampiran\".",
  asOfHelp: "Kosongkan untuk memakai tanggal hari ini.",
  insertedSheets: (names: readonly string[]) => `Lembar baru: ${names.join(", ")}.`,
  moreItems: (n: number) => `… dan ${n} temuan lainnya. Buka panel Zona Integritas untuk daftar lengkap.`,
  unknownAction: (name: string) => `Tindakan "${name}" tidak dikenal. Muat ulang panel lalu coba lagi.`,
  sheetNotFound: (sheet: string) =>
    `Lembar "${sheet}" tidak ditemukan; mungkin sudah diganti namanya atau dihapus. Jalankan pemeriksaan lagi.`,
  badCell: (cell: string) => `Alamat sel "${cell}" tidak valid.`,
  sheetSkipped: (sheet: string, cells: number) =>
    `Lembar "${sheet}" tidak dibaca karena terlalu besar (${cells.toLocaleString("id-ID")} sel). ` +
    "Pindahkan data yang tidak diperlukan ke berkas lain, lalu coba lagi.",
  workbookGroup: "Buku kerja",
} as const;
