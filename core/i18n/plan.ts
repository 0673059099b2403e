// Texts of the plan sheet (Lampiran I) and of the plan forms.

export const STATUS_VALUES = ["Belum Mulai", "Dalam Proses", "Selesai"] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

export const planText = {
  sheetName: "Lampiran ZI",
  columns: {
    no: "NO",
    indicator: "INDIKATOR",
    action: "RENCANA AKSI",
    target: "TARGET WAKTU PELAKSANAAN",
    owner: "PENANGGUNG JAWAB",
    status: "STATUS",
    doneOn: "TANGGAL REALISASI",
    evidence: "BUKTI DUKUNG",
    notes: "KETERANGAN",
    id: "ID",
  },
  /** Header of the hidden column that holds each target's due date (core/plan/due-formula.ts). */
  dueColumn: "JATUH TEMPO",
  lampiran: {
    lampiran: "LAMPIRAN",
    nomor: "NOMOR",
    tanggal: "TANGGAL",
    tentang: "TENTANG",
  },
  identity: {
    agency: "Perangkat Daerah",
    year: "Tahun",
    predicate: "Predikat yang dituju",
  },
  titleYear: (year: number | string) => `TAHUN ${year}`,
  maksudLabel: "MAKSUD",
  tujuanLabel: "TUJUAN",
  team: {
    title: "TIM PEMBANGUNAN ZONA INTEGRITAS PERANGKAT DAERAH",
    basis: "Pasal 5 ayat (1): 1 (satu) orang ketua dan 4 (empat) orang anggota; ketua adalah pejabat 1 level di bawah kepala Perangkat Daerah.",
    columns: { no: "NO", role: "KEDUDUKAN DALAM TIM", name: "NAMA", nip: "NIP", position: "JABATAN" },
    ketua: "Ketua",
    anggota: "Anggota",
  },
  signature: {
    placeDate: (year: number | string) => `Cikarang Pusat, ............................ ${year}`,
    title: (agency: string) => `KEPALA ${agency.toUpperCase()}`,
    namePlaceholder: "(....................................)",
    nipPrefix: "NIP.",
  },
  help: {
    status: "Pilih salah satu: Belum Mulai, Dalam Proses atau Selesai.",
    target: (year: number) =>
      `Isi tanggal target dalam tahun ${year} (mis. 31/03/${year}) atau periodenya (mis. Triwulan II, Maret ${year}, Januari s.d. Juni).`,
    doneOn: (year: number) => `Isi tanggal realisasi (mis. 15/03/${year}).`,
    predicate: "Pilih WBK atau WBBM.",
    year: "Isi tahun rencana, mis. 2026.",
  },
  bandNote: "Baris ini hanya untuk layar (tidak dicetak).",
} as const;
