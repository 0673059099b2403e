// Messages of spreadsheet functions called over ranges (Excel ZI.*, Google Sheets ZI_*).

export const rangeErrors = {
  outsideRange:
    "Rentang argumen tidak sama ukurannya: sel ini tidak punya pasangan di rentang yang lebih kecil. Samakan jumlah baris dan kolomnya.",
  unknownFunction: (name: string) =>
    `Fungsi ${name} tidak dikenal oleh add-in ini. Perbarui add-in Zona Integritas, atau periksa ejaan nama fungsinya.`,
} as const;
