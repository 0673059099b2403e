// Indonesian wording for dates and target times.

export const MONTHS_ID = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

export const datesText = {
  period: {
    month: "setiap bulan",
    quarter: "setiap triwulan",
    semester: "setiap semester",
    year: "setiap tahun",
  },
  targetProblem: {
    unknown: (text: string) =>
      `Target "${text}" tidak dikenali. Tulis tanggal (31/03/2026 atau 31 Maret 2026), bulan (Maret 2026), ` +
      `triwulan (Triwulan II 2026), semester (Semester I 2026), rentang (Januari s.d. Desember 2026) ` +
      `atau periode berulang (Setiap bulan).`,
    noYear: (text: string) =>
      `Target "${text}" tidak menyebut tahun dan tahun rencana tidak diketahui. Tulis tahunnya, mis. "${text} 2026".`,
    badDate: (text: string) => `Target "${text}" bukan tanggal yang ada di kalender. Periksa tanggal dan bulannya.`,
    reversed: (text: string) => `Rentang "${text}" berakhir sebelum dimulai. Tukar awal dan akhirnya.`,
    errorValue: (text: string) => `Sel target berisi galat ${text}. Ganti dengan tanggal atau periode target.`,
    notADate: (text: string) => `Nilai "${text}" bukan tanggal. Isi tanggal atau periode target.`,
    noPeriod: (text: string) =>
      `Target "${text}" tidak menyebut kapan dilaksanakan. Tulis periode pelaksanaannya, mis. Triwulan II 2026, Juni 2026 ` +
      `atau 30 Juni 2026.`,
    conflict: (text: string) =>
      `Target "${text}" menyebut dua waktu yang berakhir berbeda. Tulis satu periode, atau ulangi periode yang sama dalam ` +
      `kurung (mis. Triwulan I (Maret)).`,
  },
} as const;
