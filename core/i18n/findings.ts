// Messages of the validation findings: what is wrong and what to do about it. One function per
// finding code (core/validate/codes.ts); arguments are the facts the message needs.

const quote = (text: string, max = 80) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
const several = (n: number) => (n > 1 ? ` (berlaku untuk ${n} rencana aksi di sel ini)` : "");

export const findingText = {
  PLAN_NOT_FOUND: () =>
    "Tidak ditemukan rencana pembangunan ZI di buku kerja ini: tidak ada tabel dengan judul kolom NO, INDIKATOR dan " +
    "RENCANA AKSI berisi rencana aksi Lampiran Perbup 30/2021. Susun rencana sesuai Lampiran (atau sisipkan Lampiran " +
    "dengan add-in ZI / zi rencana), lalu periksa lagi.",
  AGENCY_MISSING: () =>
    "Nama Perangkat Daerah belum diisi. Tulis nama PD di judul rencana (menggantikan \"SKPD\") atau di baris \"Perangkat Daerah\".",
  YEAR_MISSING: () => "Tahun rencana belum diisi. Tulis tahunnya, mis. \"TAHUN 2026\" di bawah judul atau di baris \"Tahun\".",
  AREA_MISSING: (title: string, actions: number) =>
    `Area ${quote(title)} tidak ada di rencana (${actions} rencana aksi). Tambahkan tabel area ini beserta indikator dan rencana aksinya sesuai Lampiran.`,
  INDICATOR_MISSING: (indicator: string, area: string, actions: number) =>
    `Indikator ${quote(indicator)} (${area}) tidak ada di rencana. Tambahkan baris indikator ini beserta ${actions} rencana aksinya sesuai Lampiran.`,
  ACTION_MISSING: (actions: string[]) =>
    actions.length === 1
      ? `Rencana aksi ${quote(actions[0])} tidak ada di rencana. Tambahkan rencana aksi ini di indikatornya dan isi target waktunya.`
      : `${actions.length} rencana aksi tidak ada di rencana: ${actions.map((a) => quote(a, 60)).join("; ")}. ` +
        "Tambahkan rencana aksi ini di indikatornya dan isi target waktunya.",
  ACTION_EXTRA: (texts: string[]) =>
    `${texts.length === 1 ? "Rencana aksi" : `${texts.length} rencana aksi`} ${texts.map((t) => quote(t, 60)).join("; ")} tidak ada di ` +
    "Lampiran Perbup 30/2021 atau tulisannya terlalu berbeda. Boleh dipertahankan sebagai tambahan; bila maksudnya rencana aksi " +
    "Lampiran, samakan tulisannya.",
  TARGET_MISSING: (n: number) =>
    `Target waktu pelaksanaan belum diisi${several(n)}. Isi tanggal atau periode, mis. 31/03/2026, Maret 2026 atau Triwulan II 2026.`,
  /** The target parser's own message already quotes the text and says what to write. */
  TARGET_INVALID: (parserMessage: string, n: number) => `${parserMessage}${n > 1 ? ` Target ini berlaku untuk ${n} rencana aksi.` : ""}`,
  TARGET_OUTSIDE_YEAR: (target: string, year: number, n: number) =>
    `Target ${quote(target)} berada di luar tahun rencana ${year}${several(n)}. Periksa tahunnya, atau sesuaikan tahun rencana.`,
  STATUS_INVALID: (status: string) =>
    `Status ${quote(status)} tidak dikenali. Pilih Belum Mulai, Dalam Proses atau Selesai (atau persentase kemajuan, mis. 50%).`,
  DONE_ON_INVALID: (text: string) =>
    `Tanggal realisasi ${quote(text)} bukan tanggal. Isi tanggal selesainya, mis. 15/03/2026, atau kosongkan bila belum selesai.`,
  DONE_DATE_IN_FUTURE: (done: string, asOf: string) =>
    `Tanggal realisasi ${done} jatuh setelah tanggal acuan ${asOf}. Periksa tanggalnya; rencana aksi yang belum terlaksana ` +
    "jangan diberi tanggal realisasi.",
  TEAM_INCOMPLETE: (hasKetua: boolean, anggota: number) =>
    `Tim Pembangunan ZI belum lengkap: ${[hasKetua ? "" : "ketua belum diisi", anggota < 4 ? `baru ${anggota} dari 4 anggota` : ""]
      .filter(Boolean).join(", ")}. Pasal 5 ayat (1): tim terdiri dari 1 ketua dan 4 anggota; lengkapi nama anggota tim.`,
  OVERDUE: (due: string, asOf: string, n: number) =>
    `Target ${due} sudah lewat per ${asOf} dan rencana aksi belum selesai${several(n)}. Selesaikan, lalu isi status Selesai ` +
    "dan tanggal realisasinya; bila terkendala, catat kendalanya di Keterangan.",
  DONE_WITHOUT_EVIDENCE: (n: number) =>
    `Rencana aksi sudah selesai tetapi bukti dukung belum diisi${several(n)}. Isi nama dokumen atau tautan bukti dukungnya.`,
  DUE_SOON: (due: string, days: number, n: number) =>
    `Target jatuh tempo ${due} (${days === 0 ? "hari ini" : `${days} hari lagi`})${several(n)}. Pastikan rencana aksi ini selesai tepat waktu.`,
} as const;

/**
 * Findings in lists that group them (task pane, sidebar, offline review page): a short title per
 * code for the group's line, what a group counts, and the summary above the groups.
 */
export const findingReviewText = {
  title: {
    PLAN_NOT_FOUND: "Rencana tidak ditemukan",
    AGENCY_MISSING: "Nama Perangkat Daerah belum diisi",
    YEAR_MISSING: "Tahun rencana belum diisi",
    AREA_MISSING: "Area Lampiran tidak ada",
    INDICATOR_MISSING: "Indikator Lampiran tidak ada",
    ACTION_MISSING: "Rencana aksi Lampiran tidak ada",
    TARGET_MISSING: "Target waktu belum diisi",
    TARGET_INVALID: "Target waktu tidak dikenali",
    STATUS_INVALID: "Status atau tanggal realisasi tidak terbaca",
    DONE_DATE_IN_FUTURE: "Tanggal realisasi setelah tanggal acuan",
    TEAM_INCOMPLETE: "Tim Pembangunan ZI belum lengkap",
    OVERDUE: "Terlambat: target lewat, belum selesai",
    TARGET_OUTSIDE_YEAR: "Target di luar tahun rencana",
    DONE_WITHOUT_EVIDENCE: "Selesai tanpa bukti dukung",
    DUE_SOON: "Segera jatuh tempo",
    ACTION_EXTRA: "Rencana aksi tambahan di luar Lampiran",
  },
  /** What the entries of a group are: all rencana aksi, all indicators, all areas, or a mix. */
  count: (n: number, kind: "action" | "indicator" | "area" | "mixed") =>
    `${n} ${{ action: "rencana aksi", indicator: "indikator", area: "area", mixed: "temuan" }[kind]}`,
  line: (title: string, count: string) => `${title} — ${count}`,
  /** The plan as a whole (PD name, year, team): the summary's row for findings about no area. */
  wholePlan: "Rencana secara umum",
  summaryHeading: "Ringkasan temuan",
  summaryArea: "Area",
  total: "Jumlah",
} as const;
