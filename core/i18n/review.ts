// Texts of "Periksa berkas kiriman…", the same in the Excel task pane and the Google Sheets
// sidebar: the button, the progress while files are read, one line per file, the summary, and
// what the sidebar says when its results did not all reach the spreadsheet.

import { number2 } from "./numbers.js";

export const reviewText = {
  button: "Periksa berkas kiriman…",
  help:
    "Pilih sekaligus berkas .xlsx yang dikirim Perangkat Daerah: rencana diperiksa terhadap Lampiran, LKE dinilai. " +
    "Berkas dibaca di komputer ini, tidak diunggah ke mana pun; rekapnya disisipkan sebagai lembar baru.",
  /** While file `i` of `n` is read. */
  progress: (i: number, n: number, name: string) => `Membaca berkas ${i} dari ${n}: ${name}`,
  /** The sidebar sending its results to the spreadsheet, piece `i` of `n`. */
  sending: (i: number, n: number) => `Mengirim hasil ke spreadsheet (${i} dari ${n})…`,
  inserting: "Menyisipkan rekap…",
  listHeading: (n: number) => `${n} berkas`,
  status: {
    unreadable: "TIDAK TERBACA",
    skipped: "DILEWATI",
  },
  /** A plan's line: its counts. */
  planDetail: (actions: number, errors: number, warnings: number) =>
    `${actions} rencana aksi, ${errors} galat, ${warnings} peringatan`,
  /** An LKE's line: both assessments with their predicates. */
  lkeDetail: (unit: number, unitPredicate: string, tpi: number, tpiPredicate: string) =>
    `Nilai unit ${number2(unit)} (${unitPredicate}); nilai TPI ${number2(tpi)} (${tpiPredicate})`,
  own: "Rekap atau laporan buatan Zona Integritas, bukan kiriman Perangkat Daerah.",
  noAgency: "(Perangkat Daerah belum diisi)",
  /** What the picked files came to. */
  summary: (c: { files: number; plans: number; complete: number; lke: number; unreadable: number; skipped: number }) =>
    `${c.files} berkas diperiksa: ${c.plans} rencana (${c.complete} lengkap), ${c.lke} LKE dinilai, ${c.unreadable} tidak terbaca` +
    `${c.skipped ? `, ${c.skipped} dilewati` : ""}.`,
  nothingToInsert: "Tidak ada rencana atau LKE untuk direkap, jadi tidak ada lembar yang disisipkan.",
  readFailed: (detail: string) => `Berkas tidak dapat dibaca dari komputer ini (${detail}). Salin berkasnya ke folder lokal, lalu pilih lagi.`,
  /** The sidebar's results lost on the way (the server keeps them at most 10 minutes). */
  expired:
    "Sebagian hasil pemeriksaan tidak lagi tersimpan di server Google (disimpan paling lama 10 menit), jadi tidak ada lembar " +
    "yang disisipkan. Klik \"Periksa berkas kiriman…\" dan pilih berkasnya lagi.",
  damaged:
    "Hasil pemeriksaan yang sampai ke server tidak utuh, jadi tidak ada lembar yang disisipkan. Klik \"Periksa berkas kiriman…\" dan pilih berkasnya lagi.",
} as const;
