// Texts of the LKE evaluation sheet, the scores, and the `zi lke` / `zi nilai` commands.

import { number2 } from "./numbers.js";

export const scoreText = {
  sheetName: "LKE ZI",
  title: "LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM",
  modelLine: (title: string, basis: string) => `${title}. Dasar: ${basis}.`,
  identity: { agency: "Perangkat Daerah", year: "Tahun", model: "Model penilaian" },
  help:
    "Isi JAWABAN UNIT (penilaian mandiri) dan JAWABAN TPI: pilih dari daftar (huruf kecil seperti \"a\" atau \"ya\" juga dihitung), atau isi angka untuk jumlah dan indeks. Nilai, ringkasan dan predikat dihitung oleh rumus lembar ini, tanpa add-in.",
  columns: {
    code: "KODE",
    text: "KOMPONEN / PERTANYAAN",
    criteria: "KRITERIA",
    type: "JENIS JAWABAN",
    weight: "BOBOT",
    unitAnswer: "JAWABAN UNIT",
    unitValue: "NILAI UNIT",
    tpiAnswer: "JAWABAN TPI",
    tpiValue: "NILAI TPI",
    tpiNote: "CATATAN TPI",
    evidence: "BUKTI DUKUNG",
    plan: "RENCANA AKSI",
    id: "ID",
    unitBlank: "KOSONG UNIT",
    tpiBlank: "KOSONG TPI",
  },
  summary: {
    title: "RINGKASAN NILAI",
    note: "KETERANGAN",
    weight: "BOBOT",
    unitPercent: "% UNIT",
    unitValue: "NILAI UNIT",
    tpiPercent: "% TPI",
    tpiValue: "NILAI TPI",
    minWbk: "MIN. WBK",
    minWbbm: "MIN. WBBM",
    total: "Nilai total",
    area: (label: string) => `Area ${label} (pemenuhan + reform)`,
    areaNote: "Persentase dari bobot area, dibandingkan dengan batas dalam %",
    ruleNote: (mins: string) => `Batas: ${mins}; dibandingkan setelah dibulatkan 2 desimal`,
    unanswered: "Pertanyaan belum dijawab",
    predicate: "PREDIKAT",
    predicateNote: "WBBM bila semua batas WBBM terpenuhi, WBK bila semua batas WBK terpenuhi",
    legend: "Merah: di bawah batas WBK. Kuning: memenuhi WBK, di bawah batas WBBM.",
  },
  noPredicate: "BELUM MEMENUHI",
  ratioType: "Persentase",
  ratioFormula: (num: string, den: string, zero: string) =>
    `Rumus: (${num}) ÷ (${den}), dibatasi 0–100%. Jumlah kosong = 0%. ${zero}`,
  question: (no: number) => `pertanyaan ${no}`,
  validation: {
    choice: (keys: string[]) => `Pilih ${keys.join(", ")}. Huruf kecil juga dihitung; jawaban lain bernilai 0.`,
    count: (max: number) => `Isi jumlah berupa bilangan bulat 0 sampai ${max.toLocaleString("id-ID")}.`,
    index: (min: number, max: number) => `Isi indeks berupa angka ${min} sampai ${max}, mis. 3,25.`,
  },
  plan: {
    done: (done: number, total: number) => `${done} dari ${total} selesai`,
    source: (sheet: string) => `Kolom RENCANA AKSI: rencana aksi Lampiran yang sudah selesai, dari lembar "${sheet}" saat LKE dibuat.`,
  },
  notes: {
    zeroDenominator: (label: string, why: string) => `${label}: ${why}`,
    invalidAnswer: (no: number, value: unknown, type: string) =>
      `Jawaban pertanyaan ${no} ("${String(value)}") tidak sesuai jenis ${type}; dihitung 0. Perbaiki jawabannya.`,
  },
  assessment: { unit: "Unit (penilaian mandiri)", tpi: "TPI" },
  thresholdChanged: (predicate: string, label: string, value: unknown, min: number) =>
    `Batas ${predicate} untuk "${label}" di lembar ini ${value === null || value === "" ? "dikosongkan" : `diubah menjadi ${typeof value === "number" ? number2(value) : `"${String(value)}"`}`}, ` +
    `sedangkan model LKE memakai ${number2(min)}. Predikat di lembar memakai sel ini, zi dan "Hitung nilai" memakai batas model; ` +
    "kembalikan batasnya bila perubahan itu tidak disengaja.",
} as const;

export const scoreCliText = {
  lke: {
    summary: "buat Lembar Kerja Evaluasi (LKE) ZI untuk dinilai unit dan TPI (.xlsx)",
    help: `zi lke — buat Lembar Kerja Evaluasi (LKE) Zona Integritas

Pemakaian:
  zi lke --pd NAMA --tahun TAHUN [-o BERKAS.xlsx] [--rencana RENCANA.xlsx] [--timpa]
  zi lke --dari LKE-RESMI.xlsx [--pd NAMA] [--tahun TAHUN] [--rencana RENCANA.xlsx] [-o BERKAS.xlsx] [--timpa]

Pilihan:
  --pd NAMA              nama Perangkat Daerah
  --tahun TAHUN          tahun penilaian, mis. 2026
  --dari BERKAS          LKE yang sudah diisi (buku kerja LKE resmi KemenPANRB atau LKE zi):
                         jawaban unit, jawaban TPI, catatan TPI dan bukti dukung dibawa ke LKE
                         baru; PD dan tahun diambil dari berkas itu bila --pd/--tahun tidak
                         diberikan. Yang tidak ada di sumber dibiarkan kosong dan disebutkan.
  --rencana BERKAS       rencana (Lampiran) Perangkat Daerah: disalin ke buku kerja LKE dan
                         di samping setiap sub-area ditampilkan berapa rencana aksinya selesai
  -o, --keluaran BERKAS  berkas keluaran (bawaan "LKE ZI <PD> <TAHUN>.xlsx")
  --timpa                boleh menimpa berkas keluaran yang sudah ada

Lembar LKE menghitung nilai dan predikat dengan rumus bawaan Excel/Google Sheets/LibreOffice.
Berkas yang sudah ada tidak pernah ditimpa tanpa --timpa; berkas --rencana dan --dari tidak diubah.`,
    wrote: "Lembar Kerja Evaluasi ZI",
    withPlan: (sheet: string) => `Lembar Kerja Evaluasi ZI dan rencana aksi dari lembar "${sheet}"`,
    noPlan: (path: string) =>
      `Di "${path}" tidak ditemukan lembar Lampiran rencana ZI. Pilih berkas rencana yang dibuat dengan zi atau add-in ZI.`,
    noLkeIn: (path: string) =>
      `Di "${path}" tidak ditemukan lembar LKE: baik lembar Jawaban LKE resmi (dengan kolom Pilihan Jawaban dan Jawaban Unit/TPI) maupun lembar LKE zi. Periksa berkasnya.`,
    sourceNamesNo: (flag: string, path: string) =>
      `"${path}" tidak menyebut ${flag === "--pd" ? "nama Perangkat Daerah" : "tahun penilaian"}. Tambahkan ${flag}, mis. ${flag === "--pd" ? '--pd "Dinas Kesehatan"' : "--tahun 2026"}.`,
    carried: (path: string, sheet: string, layout: string) =>
      `Jawaban dibawa dari lembar "${sheet}" di ${path} (${layout === "resmi" ? "LKE resmi" : "LKE zi"}); berkas itu tidak diubah.`,
    lacking: (line: string) => `  - ${line}`,
    finding: (cell: string, message: string) => `  ! ${cell ? `${cell}: ` : ""}${message}`,
  },
  nilai: {
    summary: "hitung nilai dan predikat dari berkas LKE yang sudah diisi",
    help: `zi nilai — hitung nilai dan predikat dari LKE yang sudah diisi, dan laporan TPI

Pemakaian:
  zi nilai BERKAS.xlsx|FOLDER... [--json] [--pd NAMA] [--tahun TAHUN]
  zi nilai BERKAS.xlsx|FOLDER... --rekap REKAP.xlsx [--per-tanggal TTTT-BB-HH]
           [--kabupaten NAMA] [--tahun TAHUN] [--timpa]

Berkasnya boleh LKE zi (dari zi lke atau "Sisipkan LKE") atau buku kerja LKE resmi
KemenPANRB apa adanya (lembar Jawaban dikenali dari judul kolomnya; pertanyaan dicocokkan
menurut jenis jawaban, urutan dan teksnya). Untuk setiap berkas: nilai unit (penilaian
mandiri) dan nilai TPI (dan blok TPI lain bila ada), nilai per area, predikat (WBBM, WBK atau
belum memenuhi), apa yang masih kurang untuk setiap predikat, dan baris atau pertanyaan yang
tidak cocok beserta selnya. Folder dibaca beserta subfoldernya: semua berkas .xlsx, kecuali
berkas kunci Office (~$...) dan berkas rekap/laporan buatan zi.

Pilihan:
  --json                 cetak hasil sebagai JSON (angka tanpa pembulatan)
  --pd NAMA              nama Perangkat Daerah bila berkas tidak menyebutnya (satu berkas saja)
  --tahun TAHUN          tahun penilaian: menggantikan tahun yang disebut berkas, dan tahun di
                         judul laporan (bawaan: tahun yang disebut sebagian besar LKE)
  --rekap REKAP.xlsx     tulis Laporan Hasil Penilaian TPI untuk Bupati (Pasal 8 ayat 2):
                         lembar "Rekap Penilaian" (satu baris per PD, nilai TPI tertinggi dulu,
                         predikat, kekurangan, rekomendasi, susunan TPI menurut Pasal 9) dan satu
                         Laporan Hasil Evaluasi per PD untuk pembinaan (Pasal 7)
  --per-tanggal TANGGAL  tanggal laporan (bawaan hari ini)
  --kabupaten NAMA       pemerintah daerah di judul laporan (bawaan "Kabupaten Bekasi")
  --timpa                boleh menimpa berkas rekap yang sudah ada
  --zona-waktu ZONA      zona waktu tanggal (bawaan Asia/Jakarta)

Kode keluar: 0 semua berkas terbaca, 1 ada berkas yang tidak terbaca atau tanpa lembar LKE,
2 salah pemakaian. Berkas masukan tidak pernah diubah.`,
    noFiles: "Sebutkan minimal satu berkas LKE, mis. zi nilai lke-dinas.xlsx",
    pdForOne: "--pd hanya untuk satu berkas: setiap berkas menilai Perangkat Daerahnya sendiri. Jalankan zi nilai per berkas dengan --pd.",
    official: (sheet: string) => `  LKE resmi, lembar "${sheet}"`,
    finding: (severity: string, cell: string, message: string) =>
      `  ${severity === "error" ? "GALAT" : severity === "warning" ? "PERINGATAN" : "INFO"}${cell ? ` ${cell}` : ""}: ${message}`,
    noSheet: "Tidak ada lembar LKE ZI di berkas ini. Buat dengan \"zi lke\" atau tombol \"Sisipkan LKE\", lalu isi jawabannya.",
    unknownModel: (id: string) => `Model penilaian "${id}" tidak dikenal oleh versi zi ini. Perbarui zi, atau buat LKE baru dengan "zi lke".`,
    header: (file: string, agency: string, year: number | null) => `${file} — ${agency || "(Perangkat Daerah kosong)"}${year ? `, tahun ${year}` : ""}`,
    line: (who: string, total: number, predicate: string | null, unanswered: number) =>
      `  ${who}: nilai ${number2(total)} — ${predicate ?? "belum memenuhi predikat"}${unanswered ? `; ${unanswered} pertanyaan belum dijawab` : ""}`,
    figures: (p: number, h: number) => `      pengungkit ${number2(p)}, hasil ${number2(h)}`,
    area: (code: string, score: number, weight: number, percent: number) =>
      `      ${code.padEnd(4)} ${number2(score)} dari ${number2(weight)} (${number2(percent)}%)`,
    missing: (predicate: string) => `      kurang untuk ${predicate}:`,
    shortfall: (label: string, actual: number, required: number, percent: boolean) =>
      `        - ${label}: ${number2(actual)}${percent ? "%" : ""}, perlu ${number2(required)}${percent ? "%" : ""}`,
    note: (text: string) => `      catatan: ${text}`,
    failed: (file: string, message: string) => `${file} — GAGAL: ${message}`,
    onlyWithRekap: (flag: string) => `${flag} hanya berlaku bersama --rekap REKAP.xlsx (laporan TPI).`,
    skippedOwn: (file: string) => `Dilewati: ${file} — berkas rekap/laporan buatan zi, bukan LKE.`,
    isPlan: "Berkas ini rencana ZI (Lampiran), bukan LKE. Periksa dengan \"zi validasi\"; nilai LKE-nya dengan berkas LKE.",
    skippedPlan: (file: string) => `Dilewati: ${file} — berkas rencana, bukan LKE. Periksa dengan "zi validasi".`,
    recapWritten: (assessed: number, unreadable: number) =>
      `laporan hasil penilaian TPI (${assessed} Perangkat Daerah dinilai${unreadable ? `, ${unreadable} berkas tidak terbaca` : ""})`,
    done: (ok: number, failed: number) => `${ok} berkas dinilai${failed ? `, ${failed} gagal` : ""}.`,
  },
  demo: {
    file: "lke-contoh-terisi.xlsx",
    officialFile: "lke-resmi-contoh.xlsx",
    reportFile: "laporan-tpi-contoh.xlsx",
    officialAgency: "Dinas Perhubungan",
    officialNote: { 12: "Belum ada SK agen perubahan; bukti yang dilampirkan masih draf.", 57: "Kanal pengaduan sudah ada, tindak lanjut belum terdokumentasi." },
    wroteOfficial: (agency: string, tpi: number, tpiPredicate: string | null) =>
      `LKE contoh ${agency} dalam tata letak LKE resmi: nilai TPI ${number2(tpi)} (${tpiPredicate ?? "belum memenuhi"})`,
    wroteReport: (n: number) => `laporan hasil penilaian TPI atas ${n} LKE contoh (Rekap Penilaian dan Laporan Hasil Evaluasi per PD)`,
    wrote: (unit: number, unitPredicate: string | null, tpi: number, tpiPredicate: string | null) =>
      `LKE contoh terisi: nilai unit ${number2(unit)} (${unitPredicate ?? "belum memenuhi"}), nilai TPI ${number2(tpi)} (${tpiPredicate ?? "belum memenuhi"})`,
  },
} as const;

export const scoreActionsText = {
  lkeInserted: (agency: string, year: number) => `LKE ZI ${agency} tahun ${year} disisipkan sebagai lembar baru.`,
  lkeInsertedWithPlan: (agency: string, year: number, sheet: string) =>
    `LKE ZI ${agency} tahun ${year} disisipkan sebagai lembar baru, dengan kemajuan rencana aksi dari lembar "${sheet}".`,
  noLke: "Belum ada lembar LKE ZI di buku kerja ini. Klik \"Sisipkan LKE\" dulu, lalu isi jawabannya.",
  unknownModel: (id: string) => `Model penilaian "${id}" di lembar LKE tidak dikenal. Sisipkan LKE baru.`,
  scored: (who: string, total: number, predicate: string | null) =>
    `Nilai ${who}: ${number2(total)} — ${predicate ? `predikat ${predicate}` : "belum memenuhi predikat WBK"}.`,
  otherAssessment: (who: string, total: number, predicate: string | null) =>
    `Nilai ${who}: ${number2(total)} (${predicate ?? "belum memenuhi"}).`,
  shortfallGroup: (predicate: string) => `Kurang untuk ${predicate}`,
  shortfall: (label: string, actual: number, required: number, percent: boolean) =>
    `${label}: ${number2(actual)}${percent ? "%" : ""}, perlu ${number2(required)}${percent ? "%" : ""}`,
  unansweredGroup: "Belum dijawab",
  unanswered: (n: number) => `${n} pertanyaan belum dijawab (dihitung 0).`,
  notesGroup: "Catatan",
  areaRow: (label: string) => `Area ${label} (%)`,
  officialRead: (sheet: string) => `LKE resmi dibaca dari lembar "${sheet}" (lembar itu tidak diubah).`,
  officialGroup: (sheet: string) => `Pembacaan LKE resmi (lembar "${sheet}")`,
  sheetGroup: "Lembar LKE",
  carried: (sheet: string) =>
    `Jawaban unit, jawaban TPI, catatan TPI dan bukti dukung dibawa dari LKE resmi di lembar "${sheet}"; lembar resmi tidak diubah.`,
  notCarried: (sheet: string) =>
    `Jawaban LKE resmi di lembar "${sheet}" tidak dibawa (pilihan "Bawa jawaban LKE resmi" tidak dicentang); lembar LKE baru masih kosong. ` +
    "Centang pilihan itu lalu sisipkan lagi bila jawabannya ingin dibawa.",
  carryGroup: "Yang tidak ada di LKE resmi",
} as const;

const quoted = (text: string, max = 80) => `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** Reading the official KemenPANRB LKE workbook: what could not be matched, and what to do. */
export const officialText = {
  questionNotFound: (no: number, text: string, sheet: string) =>
    `Pertanyaan ${no} ${quoted(text, 70)} tidak ditemukan di lembar "${sheet}"; jawabannya dihitung kosong (0). ` +
    "Kembalikan baris pertanyaan itu seperti di LKE resmi, lalu nilai lagi.",
  rowUnmatched: (row: number, text: string, type: string) =>
    `Baris ${row} ${quoted(text || "(tanpa teks)", 70)} (${type}) tidak cocok dengan pertanyaan LKE mana pun; jawabannya tidak dihitung. ` +
    "Bila baris itu pertanyaan LKE, samakan teksnya dengan LKE resmi; bila tambahan, biarkan.",
  rowByOrder: (row: number, no: number, text: string) =>
    `Baris ${row} ${quoted(text || "(tanpa teks)", 60)} dicocokkan dengan pertanyaan ${no} menurut urutan dan jenis jawabannya, ` +
    "karena teksnya berbeda dari LKE resmi. Periksa bahwa itu memang pertanyaan tersebut.",
  noTpiColumn: (sheet: string) =>
    `Lembar "${sheet}" tidak punya kolom Jawaban TPI: nilai TPI dihitung dari jawaban kosong. Tambahkan kolom Jawaban TPI bila TPI sudah menilai.`,
  noUnitColumn: (sheet: string) =>
    `Lembar "${sheet}" tidak punya kolom Jawaban Unit: nilai unit dihitung dari jawaban kosong.`,
} as const;

/** Carrying an LKE (the official workbook) into our LKE sheet: what stays blank, and why. */
export const carryText = {
  questions: (nos: number[]) =>
    `${nos.length} pertanyaan tidak ada di berkas sumber, jawabannya dibiarkan kosong: ${nos.slice(0, 12).join(", ")}${nos.length > 12 ? ", …" : ""}.`,
  noUnit: "Kolom Jawaban Unit tidak ada di berkas sumber: JAWABAN UNIT dibiarkan kosong.",
  noTpi: "Kolom Jawaban TPI tidak ada di berkas sumber: JAWABAN TPI dibiarkan kosong.",
  tpiBlank: "Jawaban TPI di berkas sumber masih kosong: JAWABAN TPI dibiarkan kosong.",
  noNotes: "Catatan TPI tidak ada di berkas sumber: CATATAN TPI dibiarkan kosong.",
  noEvidence: "Bukti dukung tidak ada di berkas sumber: BUKTI DUKUNG dibiarkan kosong.",
  extraBlock: (name: string) =>
    `Blok "${name}" tidak dibawa: LKE ZI memuat satu penilaian TPI (blok TPI pertama). Nilainya tetap tampil di zi nilai.`,
} as const;
