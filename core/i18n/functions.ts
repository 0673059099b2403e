// Names, descriptions and parameter help of the spreadsheet functions (ZI.* in Excel, ZI_* in
// Google Sheets), Indonesian first with English for Excel's en-US metadata.

export interface FunctionText {
  id: string;
  en: string;
}

export interface FunctionDoc {
  description: FunctionText;
  params: { name: string; description: FunctionText; optional?: boolean }[];
  returns: FunctionText;
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
  },
};

export const functionErrors = {
  targetEmpty: "Target kosong.",
  statusNotText: "Status harus berupa teks: Belum Mulai, Dalam Proses atau Selesai.",
  badAsOf: "Tanggal acuan tidak valid. Isi tanggal, mis. 30/06/2026.",
  badYear: "Tahun tidak valid. Isi tahun empat angka, mis. 2026.",
} as const;
