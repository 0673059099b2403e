// Names, descriptions and parameter help of the spreadsheet functions (ZI.* in Excel, ZI_* in
// Google Sheets), Indonesian first with English for Excel's en-US metadata.

export interface FunctionText {
  id: string;
  en: string;
}

export interface FunctionDoc {
  description: FunctionText;
  params: { name: string; description: FunctionText; optional?: boolean; /** Accepts a range (a 2-D array). */ matrix?: boolean }[];
  returns: FunctionText;
  /** Returns a range when its first argument is one. */
  returnsMatrix?: boolean;
  /** The result is a day (a serial): hosts that can show it as a date do. */
  returnsDate?: boolean;
  /** The answer depends on today's date, so hosts recalculate it like TODAY(). */
  volatile?: boolean;
}

export const functionDocs: Record<string, FunctionDoc> = {
  TARGET: {
    description: {
      id: "Tanggal jatuh tempo dari teks target waktu pelaksanaan (mis. \"Triwulan II 2026\", \"Maret\", \"31/03/2026\").",
      en: "Due date of a target time as people write it (e.g. \"Triwulan II 2026\", \"Maret\", \"31/03/2026\").",
    },
    params: [
      { name: "target", description: { id: "Teks atau tanggal target.", en: "Target text or date." } },
      { name: "tahun", optional: true, description: { id: "Tahun rencana, dipakai bila target tidak menyebut tahun.", en: "Plan year, used when the target names none." } },
    ],
    returns: { id: "Tanggal jatuh tempo (nomor seri tanggal).", en: "Due date (date serial number)." },
    // A recurring target's next due date moves with today.
    returnsDate: true,
    volatile: true,
  },
  TERLAMBAT: {
    description: {
      id: "TRUE bila target sudah lewat per tanggal acuan dan status belum Selesai.",
      en: "TRUE when the target is past the as-of date and the status is not Selesai.",
    },
    params: [
      { name: "target", description: { id: "Teks atau tanggal target.", en: "Target text or date." } },
      { name: "status", description: { id: "Status rencana aksi (Belum Mulai, Dalam Proses, Selesai).", en: "Action status (Belum Mulai, Dalam Proses, Selesai)." } },
      { name: "per_tanggal", optional: true, description: { id: "Tanggal acuan; bawaan hari ini.", en: "As-of date; today when omitted." } },
    ],
    returns: { id: "TRUE atau FALSE.", en: "TRUE or FALSE." },
    // Without per_tanggal the as-of date is today.
    volatile: true,
  },
  NILAI: {
    description: {
      id: "Nilai jawaban LKE menurut jenisnya: Ya/Tidak 1/0, A-C 1/0,5/0, A-D 1/0,67/0,33/0, A-E 1/0,75/0,5/0,25/0, indeks 0-4 dibagi 4, jumlah apa adanya.",
      en: "Value of an LKE answer by its type: Yes/No 1/0, A-C 1/0.5/0, A-D 1/0.67/0.33/0, A-E 1/0.75/0.5/0.25/0, a 0-4 index divided by 4, a count as is.",
    },
    params: [
      { name: "jawaban", matrix: true, description: { id: "Jawaban atau rentang jawaban (huruf kecil juga dihitung).", en: "Answer or range of answers (lower case counts too)." } },
      { name: "jenis", matrix: true, description: { id: "Jenis jawaban: \"ya-tidak\", \"abc\", \"abcd\", \"abcde\", \"jumlah\" atau \"indeks-0-4\" (atau labelnya, mis. \"A/B/C/D\"); satu jenis atau rentang seukuran jawaban.", en: "Answer type: \"ya-tidak\", \"abc\", \"abcd\", \"abcde\", \"jumlah\" or \"indeks-0-4\" (or its label, e.g. \"A/B/C/D\"); one type or a range the size of the answers." } },
    ],
    returns: { id: "Nilai jawaban; kosong bila jawabannya kosong.", en: "The answer's value; empty when the answer is blank." },
    returnsMatrix: true,
  },
  NILAI_AREA: {
    description: {
      id: "Nilai sub-area/area LKE dari jawabannya: rata-rata nilai jawaban (jawaban kosong dihitung 0) dikali bobot.",
      en: "Value of an LKE sub-area/area from its answers: the average answer value (blank counts 0) times the weight.",
    },
    params: [
      { name: "jawaban", matrix: true, description: { id: "Rentang jawaban sub-area.", en: "Range of the sub-area's answers." } },
      { name: "jenis", matrix: true, description: { id: "Jenis jawaban: satu jenis atau rentang seukuran jawaban (jumlah tidak diterima: hitung persentasenya dulu).", en: "Answer type: one type or a range the size of the answers (counts are refused: compute their percentage first)." } },
      { name: "bobot", description: { id: "Bobot sub-area, mis. 0,5.", en: "The sub-area's weight, e.g. 0.5." } },
    ],
    returns: { id: "Nilai sub-area (0 sampai bobot).", en: "The sub-area's value (0 to the weight)." },
  },
  PREDIKAT: {
    description: {
      id: "Predikat dari angka ringkasan LKE: WBBM bila semua batas WBBM terpenuhi, WBK bila semua batas WBK terpenuhi, selain itu BELUM MEMENUHI.",
      en: "Predicate from the LKE summary figures: WBBM when every WBBM minimum holds, WBK when every WBK minimum holds, otherwise BELUM MEMENUHI.",
    },
    params: [
      { name: "total", description: { id: "Nilai total (batas WBK 75, WBBM 85).", en: "Total score (WBK 75, WBBM 85)." } },
      { name: "pengungkit", description: { id: "Nilai komponen pengungkit (40 / 48).", en: "Enabler component score (40 / 48)." } },
      { name: "persen_area", matrix: true, description: { id: "Persentase setiap area pengungkit, 0-100 (60 / 75).", en: "Percentage of each enabler area, 0-100 (60 / 75)." } },
      { name: "bersih", description: { id: "Nilai birokrasi yang bersih dan akuntabel (18,25 / 19,5).", en: "Clean and accountable bureaucracy score (18.25 / 19.5)." } },
      { name: "ipak", description: { id: "Nilai IPAK, indeks / 4 x 17,5 (15,75 / 15,75).", en: "IPAK score, index / 4 x 17.5 (15.75 / 15.75)." } },
      { name: "capaian", description: { id: "Nilai capaian kinerja (2,5 / 3,75).", en: "Performance achievement score (2.5 / 3.75)." } },
      { name: "pelayanan", description: { id: "Nilai pelayanan publik yang prima, IPKP / 4 x 17,5 (14 / 15,75).", en: "Excellent public service score, IPKP / 4 x 17.5 (14 / 15.75)." } },
    ],
    returns: { id: "\"WBBM\", \"WBK\" atau \"BELUM MEMENUHI\".", en: "\"WBBM\", \"WBK\" or \"BELUM MEMENUHI\"." },
  },
};

export const functionErrors = {
  targetEmpty: "Target kosong.",
  statusNotText: "Status harus berupa teks: Belum Mulai, Dalam Proses atau Selesai.",
  badAsOf: "Tanggal acuan tidak valid. Isi tanggal, mis. 30/06/2026.",
  badYear: "Tahun tidak valid. Isi tahun empat angka, mis. 2026.",
  typeShape: "Rentang jenis harus seukuran rentang jawaban, atau berisi satu jenis saja.",
  unknownType: (name: string, known: string) => `Jenis jawaban "${name}" tidak dikenal. Pakai salah satu: ${known}.`,
  badAnswer: (value: string, type: string) => `Jawaban "${value}" tidak sesuai jenis ${type}. Perbaiki jawabannya.`,
  badWeight: "Bobot harus berupa angka 0 atau lebih, mis. 0,5.",
  countInArea: "Jawaban berjenis jumlah dihitung sebagai persentase dulu (lihat baris % di LKE); NILAI_AREA tidak menerimanya.",
  badPercents: (position: number) => `Argumen ke-${position} harus berisi persentase setiap area (angka 0-100).`,
  badFigure: (position: number, label: string) => `Argumen ke-${position} (${label}) harus berupa angka.`,
} as const;
