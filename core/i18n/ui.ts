// Labels of the Excel task pane and the Google Sheets sidebar: the same words in both hosts.

import type { ActionName } from "../actions/index.js";

export const uiText = {
  appTitle: "Zona Integritas",
  appSubtitle: "Perbup Bekasi 30/2021 — menuju WBK/WBBM",
  sections: {
    rencana: "Rencana",
    validasi: "Validasi",
    penilaian: "Penilaian",
  },
  sectionHelp: {
    rencana: "Untuk Tim Pembangunan ZI Perangkat Daerah: sisipkan Lampiran, isi target dan pantau kemajuannya.",
    validasi: "Untuk Inspektorat: periksa buku kerja yang terbuka terhadap Lampiran Perbup 30/2021.",
    penilaian: "Untuk TPI: sisipkan Lembar Kerja Evaluasi (LKE) dan hitung nilai serta predikatnya.",
  },
  fields: {
    agency: "Perangkat Daerah",
    agencyPlaceholder: "mis. Dinas Kesehatan",
    year: "Tahun",
    predicate: "Predikat yang dituju",
    predicateAny: "WBK/WBBM",
    team: "Tim Pembangunan ZI",
    ketua: "Ketua",
    anggota: (i: number) => `Anggota ${i}`,
    name: "Nama",
    nip: "NIP",
    position: "Jabatan",
    asOf: "Per tanggal",
    carryOfficial: "Bawa jawaban LKE resmi",
    carryOfficialHelp:
      "Bila buku kerja ini berisi LKE resmi KemenPANRB, Sisipkan LKE membawa jawaban unit, jawaban TPI, catatan dan bukti dukungnya ke lembar LKE baru. Lembar resmi tidak diubah.",
  },
  buttons: {
    sisipkanLampiran: "Sisipkan Lampiran",
    perbaruiLampiran: "Perbarui Lampiran",
    periksa: "Periksa",
    laporanBerkala: "Laporan Berkala",
    validasi: "Validasi buku kerja ini",
    sisipkanLke: "Sisipkan LKE",
    hitungNilai: "Hitung nilai",
  } satisfies Record<ActionName, string>,
  busy: "Sedang diproses…",
  done: "Selesai.",
  noItems: "Tidak ada temuan.",
  itemsHeading: (n: number) => `${n} temuan`,
  goTo: (sheet: string, cell: string) => `Buka ${sheet}!${cell}`,
  predicate: (p: string | null) => (p ? `Predikat: ${p}` : "Belum memenuhi predikat WBK"),
  scoreTotal: "Nilai total",
  scoreColumns: { label: "Komponen", value: "Nilai", threshold: "Batas", gap: "Selisih" },
  severity: { error: "Galat", warning: "Peringatan", info: "Info" },
  outsideExcel: "Halaman ini adalah panel add-in Zona Integritas dan hanya berjalan di dalam Microsoft Excel. Buka Excel (desktop atau web), lalu buka add-in dari tab Beranda.",
  outsideSheets: "Sidebar ini hanya berjalan di dalam Google Sheets. Buka spreadsheet, lalu pilih menu Zona Integritas.",
  unexpected: (detail: string) => `Terjadi kesalahan: ${detail}. Tidak ada lembar yang diubah atau ditimpa. Coba lagi, atau laporkan pesan ini.`,
  menu: {
    title: "Zona Integritas",
    open: "Buka panel",
  },
} as const;
