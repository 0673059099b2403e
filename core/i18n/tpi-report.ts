// Texts of the TPI's report to the Bupati (Perbup 30/2021 Pasal 8 ayat 2): the recap of every
// assessed PD ("Rekap Penilaian") and one Laporan Hasil Evaluasi per PD for the pembinaan of Pasal 7.

import { number2 } from "./numbers.js";

/** A threshold as the rules state it: "60", "15,75", "2,5". */
const fmtMin = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });

export const tpiReportText = {
  /** A1 of each sheet of the report; readers skip sheets that start with one of these. */
  titles: ["LAPORAN HASIL PENILAIAN TIM PENILAI INTERNAL (TPI)", "LAPORAN HASIL EVALUASI ZONA INTEGRITAS"],
  sheetName: "Rekap Penilaian",
  /** Sheet of one PD: "LHE 3 Dinas Kesehatan" (the number is its row in the recap). */
  lheSheet: (no: number, agency: string) => `LHE ${no} ${agency}`.trim(),
  defaultKabupaten: "Kabupaten Bekasi",
  /** Where Kabupaten Bekasi's reports are signed; another kabupaten's name stands in its place. */
  defaultPlace: "Cikarang Pusat",
  subtitle: (kabupaten: string, year: number | null) =>
    `ZONA INTEGRITAS MENUJU WBK/WBBM — ${kabupaten.toUpperCase()}${year ? ` TAHUN ${year}` : ""}`,
  basis: "Peraturan Bupati Bekasi Nomor 30 Tahun 2021, Pasal 8 ayat (2): hasil penilaian TPI dilaporkan kepada Bupati",
  meta: {
    kabupaten: "Pemerintah daerah",
    year: "Tahun penilaian",
    asOf: "Per tanggal",
    files: "Jumlah berkas",
    assessed: "Perangkat Daerah dinilai",
    predicate: (p: string) => `Memenuhi predikat ${p}`,
    notMet: "Belum memenuhi (pembinaan kembali)",
    unreadable: "Berkas tidak terbaca",
  },
  columns: {
    no: "NO",
    agency: "PERANGKAT DAERAH",
    year: "TAHUN",
    file: "BERKAS",
    unitTotal: "NILAI UNIT",
    tpiTotal: "NILAI TPI",
    area: (code: string) => `% ${code}`,
    unitPredicate: "PREDIKAT UNIT",
    tpiPredicate: "PREDIKAT TPI",
    shortfall: "KEKURANGAN",
    recommendation: "REKOMENDASI",
  },
  /** The model's figures the recap shows after the totals, in this order, with their headers (and widths, as headers need). */
  figureColumns: [
    { figure: "pengungkit", header: "PENGUNGKIT", width: 11 },
    { figure: "hasil", header: "HASIL", width: 8 },
    { figure: "ipak", header: "IPAK", width: 8 },
    { figure: "capaian", header: "CAPAIAN", width: 9 },
    { figure: "pelayanan", header: "IPKP", width: 8 },
  ],
  /** Where the area columns go: after this many figure columns (PENGUNGKIT, HASIL). */
  areasAfterFigures: 2,
  /** Short names of the predicate rules' figures in KEKURANGAN; another figure keeps its rule label. */
  ruleShort: {
    total: "Total",
    pengungkit: "Pengungkit",
    hasil: "Hasil",
    bersih: "Bersih & akuntabel",
    ipak: "IPAK",
    capaian: "Capaian",
    pelayanan: "IPKP",
  } as Record<string, string>,
  areaShort: (code: string) => `Area ${code}`,
  shortfallItem: (label: string, actual: number, required: number, percent: boolean) =>
    `${label} ${number2(actual)}${percent ? "%" : ""} < ${fmtMin(required)}${percent ? "%" : ""}`,
  shortfallLine: (predicate: string, items: string[]) => `${predicate}: ${items.join("; ")}`,
  noShortfall: "-",
  noPredicate: "BELUM MEMENUHI",
  recommendation: {
    propose: (predicate: string) => `Diusulkan ke Menteri PANRB untuk predikat Menuju ${predicate}`,
    coach: "Pembinaan kembali (Pasal 8 ayat 7)",
  },
  noAgency: "(Perangkat Daerah belum diisi)",
  /** `linked`: PD names link to their Laporan Hasil Evaluasi (not in the recap a task pane or sidebar inserts). */
  tableNote: (areas: string, linked = true) =>
    `PENGUNGKIT, HASIL, % area, IPAK, CAPAIAN dan IPKP adalah nilai TPI; NILAI UNIT adalah penilaian mandiri PD. ` +
    `KEKURANGAN: syarat predikat berikutnya yang belum dipenuhi menurut nilai TPI (dibandingkan setelah dibulatkan 2 desimal). ` +
    `Area: ${areas}.${linked ? " Klik nama PD untuk Laporan Hasil Evaluasinya." : ""}`,
  areaLegend: (code: string, label: string) => `${code} = ${label}`,
  noEntries: "Tidak ada LKE yang dapat dinilai.",
  unreadable: {
    heading: (n: number) => `BERKAS YANG TIDAK DAPAT DINILAI (${n})`,
    columns: { no: "NO", file: "BERKAS", reason: "ALASAN" },
  },
  team: {
    heading: "SUSUNAN TIM PENILAI INTERNAL (Pasal 9)",
    help: "Isi sel berwarna: nama, NIP dan jabatan anggota TPI.",
    columns: { no: "NO", role: "KEDUDUKAN", name: "NAMA", nip: "NIP", position: "JABATAN", origin: "ASAL" },
    ketua: "Ketua",
    sekretaris: "Sekretaris",
    anggota: "Anggota",
    ketuaOrigin: "Inspektorat Daerah",
    sekretarisOrigin: "Bagian Organisasi Sekretariat Daerah",
    anggotaOrigin: (agency: string) => `Tim Pembangunan ZI ${agency}`,
  },
  signature: {
    place: (place: string, date: string) => `${place}, ${date}`,
    title: "Ketua Tim Penilai Internal",
    name: "(....................................)",
    nip: "NIP. ..............................",
  },
  lhe: {
    subtitle: (kabupaten: string) => `Tim Penilai Internal (TPI) ${kabupaten} — Peraturan Bupati Bekasi Nomor 30 Tahun 2021, Pasal 7 dan 8`,
    meta: {
      agency: "Perangkat Daerah",
      year: "Tahun",
      file: "Berkas",
      asOf: "Per tanggal",
      model: "Model penilaian",
      predicate: "Predikat (nilai TPI)",
      recommendation: "Rekomendasi",
    },
    back: "« Kembali ke Rekap Penilaian",
    scoresHeading: "A. NILAI UNIT DAN NILAI TPI",
    scoreColumns: {
      item: "KOMPONEN", weight: "BOBOT", unitValue: "NILAI UNIT", unitPercent: "% UNIT", tpiValue: "NILAI TPI", tpiPercent: "% TPI",
      difference: "SELISIH (TPI − UNIT)",
    },
    total: "Nilai total",
    area: (label: string) => `   Area ${label}`,
    figure: (label: string) => `   ${label}`,
    predicate: "Predikat",
    unanswered: "Pertanyaan belum dijawab",
    differencesHeading: (n: number) => `B. JAWABAN TPI YANG BERBEDA DARI JAWABAN UNIT (${n})`,
    differenceColumns: {
      no: "NO", question: "SOAL", code: "KODE", text: "PERTANYAAN", unit: "JAWABAN UNIT", tpi: "JAWABAN TPI", moved: "PENGARUH KE NILAI",
      note: "CATATAN TPI",
    },
    movedNote:
      "PENGARUH KE NILAI: perubahan nilai total unit bila hanya jawaban soal itu diganti dari jawaban unit ke jawaban TPI (jawaban lain tetap).",
    noDifferences: "Tidak ada jawaban TPI yang berbeda dari jawaban unit.",
    blankAnswer: "(kosong)",
    notesHeading: (n: number) => `C. CATATAN TPI PADA SOAL LAIN (${n})`,
    noteColumns: { no: "NO", question: "SOAL", code: "KODE", text: "PERTANYAAN", note: "CATATAN TPI" },
    noNotes: "Tidak ada catatan TPI pada soal lain.",
    shortfallHeading: (predicate: string | null) =>
      predicate ? `D. SYARAT PREDIKAT ${predicate} YANG BELUM DIPENUHI (NILAI TPI)` : "D. SYARAT PREDIKAT",
    shortfallColumns: { no: "NO", rule: "SYARAT", required: "BATAS", actual: "NILAI TPI", gap: "KURANG" },
    allMet: (predicate: string) => `Semua syarat predikat ${predicate} dipenuhi.`,
    otherHeading: "Penilaian lain di berkas ini",
    otherLine: (name: string, total: number, predicate: string) => `${name}: nilai ${number2(total)} — ${predicate}`,
    findingsHeading: (n: number) => `Catatan pembacaan berkas (${n})`,
    recommendationHeading: "E. REKOMENDASI",
  },
} as const;
