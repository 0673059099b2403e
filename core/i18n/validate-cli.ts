// Texts of `zi validasi`, `zi laporan`, the validation part of `zi contoh`, and the Periksa,
// Laporan Berkala and Validasi buttons of the task pane and sidebar.

import { FINDING_SEVERITY } from "../validate/codes.js";

const codesBySeverity = (s: "error" | "warning" | "info") =>
  Object.entries(FINDING_SEVERITY).filter(([, v]) => v === s).map(([k]) => k).join(" ");

export const validasiText = {
  summary: "periksa rencana ZI yang diterima (berkas atau folder .xlsx) dan buat rekap untuk Inspektorat",
  help: `zi validasi — periksa rencana pembangunan ZI yang diterima, satu berkas atau satu folder

Pemakaian:
  zi validasi BERKAS.xlsx|FOLDER... [--per-tanggal TTTT-BB-HH] [--json] [--rekap REKAP.xlsx] [--timpa]

Pilihan:
  --per-tanggal TANGGAL  tanggal acuan untuk keterlambatan (bawaan hari ini)
  --json                 cetak hasil sebagai JSON (satu objek, untuk diolah program lain)
  --rekap REKAP.xlsx     tulis rekap untuk Inspektorat: satu baris per buku kerja, dan lembar
                         berisi semua temuan
  --timpa                boleh menimpa berkas rekap yang sudah ada
  --zona-waktu ZONA      zona waktu tanggal (bawaan Asia/Jakarta)

Folder diperiksa beserta subfoldernya: semua berkas .xlsx, kecuali berkas kunci Office (~$...)
dan berkas rekap/laporan buatan zi. Rencana boleh dibuat dengan zi/add-in atau diketik manual
mengikuti Lampiran. Berkas masukan tidak pernah diubah.

Kode keluar: 0 tidak ada galat; 1 ada buku kerja dengan galat atau yang tidak terbaca;
2 salah pemakaian.

Kode temuan:
  galat       ${codesBySeverity("error")}
  peringatan  ${codesBySeverity("warning")}
  info        ${codesBySeverity("info")}`,
  noInputs: "Sebutkan berkas .xlsx atau folder yang akan diperiksa. Ketik \"zi validasi --help\".",
  notFound: (p: string) => `"${p}" tidak ditemukan. Periksa nama berkas atau folder.`,
  emptyFolder: (p: string) => `Folder "${p}" tidak berisi berkas .xlsx.`,
  skippedOwn: (file: string) => `Dilewati: ${file} — berkas rekap/laporan buatan zi, bukan rencana.`,
  isLke: "Berkas ini LKE (Lembar Kerja Evaluasi), bukan rencana ZI. Nilai dengan \"zi nilai\"; periksa rencananya dengan berkas rencana.",
  skippedLke: (file: string) => `Dilewati: ${file} — berkas LKE, bukan rencana. Nilai dengan "zi nilai".`,
  fileLine: (file: string, who: string, verdict: string) => `${file} — ${who} — ${verdict}`,
  who: (agency: string | null, year: number | null, sheet: string, layout: string, hidden: boolean) =>
    `${agency || "PD belum diisi"}, ${year ?? "tahun belum diisi"} · lembar "${sheet}"${hidden ? " (tersembunyi)" : ""} · ${layout}`,
  noPlan: "rencana tidak ditemukan",
  counts: (s: { actions: number; withTarget: number; done: number; overdue: number; errors: number; warnings: number }, infos: number) =>
    `  ${s.actions} rencana aksi · ${s.withTarget} dengan target · ${s.done} selesai · ${s.overdue} terlambat · ` +
    `${s.errors} galat · ${s.warnings} peringatan · ${infos} info`,
  more: (n: number) => `  … dan ${n} temuan lain (lihat --json atau --rekap)`,
  unreadable: (file: string, error: string) => `${file} — TIDAK TERBACA: ${error}`,
  total: (n: number, asOf: string, complete: number, incomplete: number, unreadable: number) =>
    `Ringkasan: ${n} buku kerja diperiksa per ${asOf} — ${complete} lengkap, ${incomplete} belum lengkap, ${unreadable} tidak terbaca.`,
  recapWritten: (n: number) => `rekap validasi (${n} buku kerja) dan daftar temuan`,
  unexpected: (detail: string) => `Terjadi kesalahan tak terduga saat memeriksa berkas ini (${detail}). Berkas tidak diubah; laporkan ke tim pengembang.`,
} as const;

export const laporanText = {
  summary: "buat laporan berkala pembangunan ZI (Pasal 4) dari rencana yang sudah diisi",
  help: `zi laporan — laporan berkala pembangunan ZI (Pasal 4) dari rencana yang sudah diisi

Pemakaian:
  zi laporan BERKAS.xlsx [--per-tanggal TTTT-BB-HH] [-o LAPORAN.xlsx] [--timpa]

Pilihan:
  --per-tanggal TANGGAL  tanggal acuan laporan (bawaan hari ini)
  -o, --keluaran BERKAS  berkas keluaran (bawaan "Laporan Berkala ZI <PD> <TANGGAL>.xlsx")
  --timpa                boleh menimpa berkas keluaran yang sudah ada
  --zona-waktu ZONA      zona waktu tanggal (bawaan Asia/Jakarta)

Laporan berisi tanggal acuan, Perangkat Daerah, kemajuan per area (rencana aksi, selesai, dalam
proses, terlambat, persen selesai), daftar rencana aksi terlambat dan daftar rencana aksi yang
belum ada atau belum bertarget. Rencana boleh dibuat dengan zi/add-in atau diketik manual.
Berkas masukan tidak pernah diubah.`,
  needFile: "Sebutkan satu berkas rencana .xlsx. Ketik \"zi laporan --help\".",
  oneFile: "zi laporan membuat laporan untuk satu berkas rencana; sebutkan satu berkas saja.",
  noPlan: (file: string) =>
    `Di "${file}" tidak ditemukan rencana pembangunan ZI, jadi laporan tidak dibuat. Periksa berkasnya dengan "zi validasi".`,
  wrote: (asOf: string, done: number, total: number, overdue: number, missing: number) =>
    `laporan berkala per ${asOf}: ${done} dari ${total} rencana aksi selesai, ${overdue} terlambat, ${missing} belum ada/tanpa target`,
  fileName: (agency: string, iso: string) => `Laporan Berkala ZI ${agency || "PD"} ${iso}`,
} as const;

export const contohValidasiText = {
  typed: "rencana diketik manual (dengan salah ketik dan kekurangan)",
  typedAgency: "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
  line: (file: string, verdict: string, errors: number, warnings: number) => `  ${file}: ${verdict} — ${errors} galat, ${warnings} peringatan`,
  heading: (asOf: string) => `Validasi berkas contoh per ${asOf}:`,
} as const;

export const validateActionsText = {
  noPlan:
    "Tidak ditemukan rencana ZI di buku kerja ini: tidak ada Lampiran buatan add-in maupun tabel rencana aksi yang diketik. " +
    "Sisipkan Lampiran dulu, atau buka buku kerja rencana.",
  documentGroup: "Rencana",
  periksa: (asOf: string, missing: number, overdue: number) =>
    missing + overdue === 0
      ? `Per ${asOf}: semua rencana aksi ada dan bertarget, tidak ada yang terlambat.`
      : `Per ${asOf}: ${missing} rencana aksi belum ada atau tanpa target, ${overdue} terlambat. Klik butir untuk membuka selnya.`,
  laporan: (asOf: string, done: number, total: number) =>
    `Laporan Berkala per ${asOf} disisipkan sebagai lembar baru: ${done} dari ${total} rencana aksi selesai.`,
  validasi: (errors: number, warnings: number, verdict: string) =>
    `Hasil Validasi disisipkan sebagai lembar baru: ${errors} galat, ${warnings} peringatan — ${verdict}.`,
  hiddenPlan: (sheet: string) => ` Rencana dibaca dari lembar tersembunyi "${sheet}".`,
} as const;

export const rencanaTypedText = {
  fromTyped: (typedSheet: string, newSheet: string, count: number) =>
    `Lampiran dibuat dari rencana yang diketik di lembar "${typedSheet}": ${count} isian dibawa ke lembar "${newSheet}". ` +
    "Lembar ketikan tetap ada; periksa lembar baru lalu hapus yang lama bila sudah sesuai.",
} as const;
