// The `zi` command's help and messages.

export const cliText = {
  usage: `zi — Zona Integritas menuju WBK/WBBM (Peraturan Bupati Bekasi Nomor 30 Tahun 2021)

Pemakaian:
  zi <perintah> [pilihan]

Perintah:
{commands}

Pilihan umum:
  -h, --help            bantuan untuk perintah
  --zona-waktu ZONA     zona waktu tanggal (bawaan Asia/Jakarta)

Contoh:
  zi rencana --pd "Dinas Komunikasi dan Informatika" --tahun 2026
  zi contoh keluaran/

Ketik "zi <perintah> --help" untuk pilihan setiap perintah.`,
  unknownCommand: (name: string) => `Perintah "${name}" tidak dikenal. Ketik "zi --help" untuk daftar perintah.`,
  unknownOption: (detail: string) => `Pilihan tidak dikenal atau tidak lengkap: ${detail}. Ketik "zi <perintah> --help".`,
  missingOption: (flag: string, cmd: string) => `Pilihan ${flag} wajib diisi. Ketik "zi ${cmd} --help".`,
  badYear: (v: string) => `Tahun "${v}" tidak valid. Tulis tahun empat angka, mis. --tahun 2026.`,
  badPredicate: (v: string) => `Predikat "${v}" tidak dikenal. Pilih WBK atau WBBM.`,
  badTimeZone: (v: string) => `Zona waktu "${v}" tidak dikenal. Pakai nama IANA, mis. Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.`,
  badDate: (v: string) => `Tanggal "${v}" tidak valid. Tulis dengan format TTTT-BB-HH, mis. 2026-06-30.`,
  wrote: (path: string, what: string) => `Ditulis: ${path} — ${what}`,
  failed: (detail: string) => `Gagal: ${detail}`,
  unexpected: (detail: string) =>
    `Terjadi kesalahan tak terduga (${detail}). Tidak ada berkas masukan yang diubah. Laporkan pesan ini ke tim pengembang.`,
  rencana: {
    summary: "buat Lampiran rencana pembangunan ZI (.xlsx), atau perbarui dari berkas lama",
    help: `zi rencana — buat Lampiran rencana pembangunan Zona Integritas

Pemakaian:
  zi rencana --pd NAMA --tahun TAHUN [--predikat WBK|WBBM] [-o BERKAS.xlsx] [--timpa]
  zi rencana --dari LAMA.xlsx -o BARU.xlsx [--timpa]

Pilihan:
  --pd NAMA             nama Perangkat Daerah
  --tahun TAHUN         tahun rencana, mis. 2026
  --predikat P          predikat yang dituju: WBK atau WBBM
  --ketua NAMA          ketua Tim Pembangunan ZI
  --anggota NAMA        anggota Tim Pembangunan ZI (boleh diulang sampai 4 kali)
  --dari LAMA.xlsx      buat ulang dari rencana lama; semua isian (target, penanggung jawab,
                        status, tanggal, bukti dukung, keterangan, kolom tambahan, tim) dibawa
                        ke berkas baru, lembar lain tetap ada. Rencana yang diketik manual juga
                        diterima: Lampiran baru ditambahkan setelah lembar ketikannya
  -o, --keluaran BERKAS berkas keluaran (bawaan "Rencana ZI <PD> <TAHUN>.xlsx")
  --timpa               boleh menimpa berkas keluaran yang sudah ada
  --zona-waktu ZONA     zona waktu tanggal (bawaan Asia/Jakarta)

Berkas yang sudah ada tidak pernah ditimpa tanpa --timpa, dan berkas --dari tidak diubah.`,
    wrote: "Lampiran rencana pembangunan ZI",
    regenerated: (count: number) => `Lampiran diperbarui; ${count} isian dibawa dari berkas lama`,
    noPlanInSource: (path: string) =>
      `Di "${path}" tidak ditemukan lembar Lampiran rencana ZI. Pilih berkas rencana yang dibuat dengan zi atau add-in ZI.`,
    tooManyMembers: "Anggota Tim Pembangunan ZI paling banyak 4 orang (Pasal 5 ayat (1)).",
  },
  contoh: {
    summary: "buat berkas contoh (rencana, LKE, rekap dan laporan) untuk dicoba",
    help: `zi contoh — buat berkas contoh untuk mencoba zi

Pemakaian:
  zi contoh [FOLDER] [--per-tanggal TTTT-BB-HH] [--timpa]

Menulis ke FOLDER (bawaan "contoh"):
  rencana-contoh.xlsx          Lampiran rencana kosong untuk Perangkat Daerah contoh
  rencana-contoh-terisi.xlsx   rencana yang sudah diisi, dengan beberapa rencana aksi tanpa
                               target dan beberapa yang terlambat
  rencana-contoh-ketik.xlsx    rencana yang diketik manual mengikuti Lampiran, dengan beberapa
                               salah ketik dan kekurangan
  lke-contoh-terisi.xlsx       LKE dengan jawaban unit dan TPI contoh (zi nilai menghitungnya)
  lke-resmi-contoh.xlsx        LKE PD kedua dalam tata letak buku kerja LKE resmi KemenPANRB,
                               jawaban diketik seperti biasanya ("ya", " b ", "3,41")
  laporan-tpi-contoh.xlsx      laporan hasil penilaian TPI atas kedua LKE (seperti zi nilai --rekap)
  rekap-validasi-contoh.xlsx   rekap validasi ketiga rencana contoh (seperti zi validasi --rekap)
  laporan-berkala-contoh.xlsx  laporan berkala rencana terisi (seperti zi laporan)

Pilihan:
  --per-tanggal TANGGAL  tanggal acuan isian contoh (bawaan hari ini)
  --timpa                boleh menimpa berkas contoh yang sudah ada`,
    agency: "Dinas Komunikasi, Informatika, Persandian dan Statistik",
    blank: "Lampiran rencana kosong",
    filled: (actions: number, missing: number, overdue: number) =>
      `rencana terisi: ${actions} rencana aksi, ${missing} tanpa target, ${overdue} terlambat`,
  },
} as const;
