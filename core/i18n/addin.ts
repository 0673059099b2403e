// Texts of the Excel add-in beyond the labels both add-ins share (ui.ts): what the task pane
// says about sheets it inserted and cells it cannot find, and the help page the manifest links.

export const addinText = {
  loading: "Menghubungkan ke Excel…",
  insertedAs: (names: readonly string[]) =>
    names.length === 1 ? `Lembar baru: "${names[0]}".` : `Lembar baru: ${names.map((n) => `"${n}"`).join(", ")}.`,
  sheetGone: (sheet: string) =>
    `Lembar "${sheet}" tidak ditemukan lagi (mungkin sudah dihapus atau diganti namanya). Jalankan pemeriksaan lagi.`,
  teamOptional: "Tim Pembangunan ZI (boleh diisi nanti di lembar)",
  /** Excel lacks the API version some buttons need: they are switched off, and this says why and what to do. */
  unsupported: (version: string, buttons: readonly string[]) =>
    `Excel ini belum mendukung ExcelApi ${version}, yang diperlukan tombol ${buttons.map((b) => `"${b}"`).join(", ")}; ` +
    "tombol itu dimatikan. Perbarui Excel (Microsoft 365 untuk Windows versi 2102 atau lebih baru, untuk Mac versi 16.50 " +
    "atau lebih baru, Excel 2021 atau Excel 2024), atau buka buku kerja di Excel untuk web. Lembar yang sudah dibuat " +
    "(Lampiran, LKE, laporan) tetap bekerja tanpa add-in.",
  asOfHelp: "Kosongkan untuk memakai tanggal hari ini.",
  yearInvalid: "Isi tahun empat angka, mis. 2026.",
  scoreCaption: "Nilai per komponen terhadap batas predikat",
  help: {
    title: "Bantuan add-in Zona Integritas",
    intro:
      "Add-in ini membantu Perangkat Daerah, Inspektorat dan Tim Penilai Internal membangun Zona Integritas menuju WBK/WBBM sesuai Peraturan Bupati Bekasi Nomor 30 Tahun 2021.",
    sections: [
      {
        heading: "Membuka panel",
        text: "Di tab Beranda (Home), klik tombol Zona Integritas. Panel terbuka di sisi kanan lembar kerja.",
      },
      {
        heading: "Rencana",
        text:
          "Isi nama Perangkat Daerah, tahun dan predikat, lalu klik \"Sisipkan Lampiran\". Lembar baru dibuat; lembar yang sudah ada tidak pernah ditimpa. \"Perbarui Lampiran\" membuat ulang lembar dengan semua isian Anda.",
      },
      {
        heading: "Validasi",
        text:
          "Buka buku kerja yang diterima, lalu klik \"Validasi buku kerja ini\". Hasilnya disisipkan sebagai lembar baru dan tiap temuan bisa diklik untuk membuka selnya. " +
          "Untuk banyak berkas sekaligus, klik \"Periksa berkas kiriman…\" dan pilih berkas .xlsx kiriman PD (rencana dan LKE boleh bercampur): " +
          "tiap berkas dibaca di komputer ini, daftarnya tampil di panel, dan rekapnya (Rekap Validasi, Temuan, Rekap Penilaian) disisipkan sebagai lembar baru.",
      },
      {
        heading: "Penilaian dan fungsi ZI",
        text:
          "Sisipkan LKE untuk penilaian. Di sel mana pun Anda dapat mengetik fungsi ZI, mis. =ZI.TARGET(\"Triwulan II\"; 2026) untuk tanggal jatuh tempo atau =ZI.TERLAMBAT(D12; F12) untuk memeriksa keterlambatan. Fungsi menerima satu sel atau rentang sel.",
      },
      {
        heading: "Data Anda",
        text: "Add-in tidak mengirim isi buku kerja ke mana pun: semua perhitungan berjalan di komputer Anda.",
      },
    ],
  },
} as const;
