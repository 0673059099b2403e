// Messages about workbook files: what went wrong and what to do next.

export const filesText = {
  notFound: (path: string) => `Berkas "${path}" tidak ditemukan. Periksa nama dan foldernya.`,
  isFolder: (path: string) => `"${path}" adalah folder, bukan berkas .xlsx.`,
  empty: "Berkas kosong (0 byte). Minta pengirimnya mengirim ulang berkas yang utuh.",
  notXlsx:
    "Berkas ini bukan buku kerja Excel (.xlsx). Buka di Excel atau Google Sheets lalu simpan/unduh sebagai \"Excel Workbook (.xlsx)\".",
  encrypted:
    "Buku kerja ini dilindungi kata sandi, jadi isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja), simpan, lalu kirim ulang.",
  legacyXls:
    "Berkas ini berformat Excel 97-2003 (.xls). Buka di Excel atau LibreOffice lalu simpan sebagai \"Excel Workbook (.xlsx)\".",
  encryptedOrXls:
    "Berkas ini dilindungi kata sandi atau berformat Excel 97-2003 (.xls). Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.",
  csv: "Berkas ini berisi teks CSV yang diberi nama .xlsx. Buka di Excel lalu simpan sebagai \"Excel Workbook (.xlsx)\".",
  corrupt: (detail: string) =>
    `Berkas .xlsx rusak atau tidak lengkap (${detail}). Minta pengirimnya mengirim ulang, atau buka di Excel dan simpan ulang.`,
  tooLarge: (sizeMb: number, limitMb: number) =>
    `Berkas terlalu besar (${sizeMb} MB; batas ${limitMb} MB). Hapus lembar yang tidak diperlukan lalu kirim ulang.`,
  expandsTooMuch: (limitMb: number) =>
    `Isi berkas mengembang melebihi batas ${limitMb} MB saat dibuka, jadi tidak diproses. Periksa berkas ini secara manual.`,
  /** What is broken inside a zip, for `corrupt`. */
  zipDetail: {
    noEnd: "akhir arsip zip tidak ada",
    zip64Broken: "direktori zip64 rusak",
    directoryCut: "direktori zip terpotong",
    partCut: (part: string) => `bagian ${part} terpotong`,
    partUnreadable: (part: string) => `bagian ${part} tidak dapat dibuka`,
    partInvalid: (part: string) => `isi ${part} tidak dapat dibaca`,
  },
  tooManyCells: (limit: number) =>
    `Berkas berisi lebih dari ${limit.toLocaleString("id-ID")} sel, jadi tidak diproses. Hapus baris kosong atau lembar yang tidak diperlukan.`,
  hiddenPlan: (sheet: string) =>
    `Lembar rencana "${sheet}" disembunyikan. Tampilkan lembarnya (klik kanan tab lembar > Tampilkan/Unhide), simpan, lalu kirim ulang; temuan di bawah dibaca dari lembar tersembunyi itu.`,
  exists: (path: string) =>
    `Berkas "${path}" sudah ada dan tidak ditimpa. Pakai nama lain dengan -o, atau tambahkan --timpa untuk menimpanya.`,
  sameAsInput: (path: string) =>
    `Berkas keluaran "${path}" sama dengan berkas masukan. Berkas masukan tidak pernah diubah: pakai nama lain dengan -o.`,
  writeFailed: (path: string, detail: string) => `Berkas "${path}" tidak dapat ditulis (${detail}). Periksa folder dan izin tulisnya.`,
  folderMissing: (path: string) => `Folder "${path}" tidak ada. Buat foldernya dulu atau pilih folder lain.`,
} as const;
