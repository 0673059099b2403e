// Texts of the sheets validation writes: Hasil Validasi, Laporan Berkala (Pasal 4) and the
// Inspektorat's recap with its list of findings.

export const reportText = {
  /** A1 of each sheet we write; readers skip sheets that start with one of these. */
  titles: [
    "HASIL VALIDASI RENCANA PEMBANGUNAN ZONA INTEGRITAS",
    "LAPORAN BERKALA PEMBANGUNAN ZONA INTEGRITAS",
    "REKAPITULASI VALIDASI RENCANA PEMBANGUNAN ZONA INTEGRITAS",
    "DAFTAR TEMUAN VALIDASI RENCANA PEMBANGUNAN ZONA INTEGRITAS",
  ],
  sheetNames: {
    validation: "Hasil Validasi",
    report: "Laporan Berkala",
    recap: "Rekap Validasi",
    findings: "Temuan",
  },
  basis: "Peraturan Bupati Bekasi Nomor 30 Tahun 2021",
  /** An area as reports name it: result areas are numbered apart in the Lampiran, and H2's label is PP's. */
  area: (no: number, label: string, kind: "enabler" | "result") => (kind === "result" ? `Indikator Hasil ${no}. ${label}` : `${no}. ${label}`),
  meta: {
    agency: "Perangkat Daerah",
    year: "Tahun rencana",
    asOf: "Per tanggal",
    sheet: "Lembar rencana",
    layout: "Bentuk rencana",
    hiddenSheet: "(lembar tersembunyi)",
    files: "Jumlah buku kerja",
  },
  layout: { generated: "dibuat dengan add-in/zi", typed: "diketik manual" },
  verdict: { complete: "LENGKAP", incomplete: "BELUM LENGKAP", unreadable: "TIDAK TERBACA" },
  severity: { error: "Galat", warning: "Peringatan", info: "Info" },
  severityHeading: {
    error: (n: number) => `GALAT (${n}) — harus diperbaiki sebelum rencana diterima`,
    warning: (n: number) => `PERINGATAN (${n}) — kemajuan dan mutu`,
    info: (n: number) => `INFO (${n})`,
  },
  summary: {
    heading: "RINGKASAN",
    actionsOf: (total: number) => `Rencana aksi (dari ${total} di Lampiran)`,
    withTarget: "Dengan target waktu",
    done: "Selesai",
    overdue: "Terlambat",
    errors: "Galat",
    warnings: "Peringatan",
    infos: "Info",
    verdict: "Kesimpulan",
  },
  validation: {
    columns: {
      no: "NO", severity: "TINGKAT", code: "KODE", ref: "REF", action: "RENCANA AKSI", location: "LOKASI", message: "URAIAN DAN TINDAK LANJUT",
    },
    none: "Tidak ada temuan: rencana lengkap dan sesuai Lampiran.",
  },
  report: {
    progressHeading: "A. KEMAJUAN PER AREA",
    columns: {
      no: "NO", area: "AREA", actions: "RENCANA AKSI", done: "SELESAI", inProgress: "DALAM PROSES", overdue: "TERLAMBAT",
      missing: "BELUM ADA / TANPA TARGET", percent: "% SELESAI", bar: "GRAFIK % SELESAI",
    },
    total: "JUMLAH",
    overdueHeading: (n: number) => `B. RENCANA AKSI TERLAMBAT (${n})`,
    missingHeading: (n: number) => `C. RENCANA AKSI BELUM ADA ATAU TANPA TARGET (${n})`,
    listColumns: {
      no: "NO", id: "ID", area: "AREA", indicator: "INDIKATOR", action: "RENCANA AKSI", target: "TARGET", due: "JATUH TEMPO",
      status: "STATUS", owner: "PENANGGUNG JAWAB", reason: "KETERANGAN", location: "LOKASI",
    },
    reason: {
      overdue: "Terlambat",
      notInPlan: "Tidak ada di rencana",
      noTarget: "Target waktu belum diisi",
      invalidTarget: "Target waktu tidak dikenali",
    },
    noneOverdue: "Tidak ada rencana aksi yang terlambat.",
    noneMissing: "Semua rencana aksi Lampiran ada dan bertarget.",
    signature: { place: (date: string) => `Cikarang Pusat, ${date}`, title: "Ketua Tim Pembangunan ZI", name: "(....................................)" },
  },
  recap: {
    columns: {
      no: "NO", file: "BERKAS", agency: "PERANGKAT DAERAH", year: "TAHUN", actions: "RENCANA AKSI", withTarget: "DENGAN TARGET",
      done: "SELESAI", overdue: "TERLAMBAT", errors: "GALAT", warnings: "PERINGATAN", verdict: "KESIMPULAN", note: "CATATAN",
      findings: "TEMUAN",
    },
    seeFindings: (n: number) => `${n} temuan`,
    totals: "JUMLAH",
    findingsColumns: {
      no: "NO", file: "BERKAS", agency: "PERANGKAT DAERAH", severity: "TINGKAT", code: "KODE", sheet: "LEMBAR", cell: "SEL", ref: "REF",
      action: "RENCANA AKSI", message: "URAIAN DAN TINDAK LANJUT",
    },
    noPlanNote: "rencana tidak ditemukan",
    hiddenNote: "rencana di lembar tersembunyi",
    typedNote: "rencana diketik manual",
    noFindings: "Tidak ada temuan.",
  },
} as const;
