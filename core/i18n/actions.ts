// Messages of the task pane and sidebar actions.

export const actionsText = {
  needAgency: "Isi nama Perangkat Daerah dulu.",
  needYear: "Isi tahun rencana dulu, mis. 2026.",
  noPlan:
    "Belum ada lembar Lampiran ZI di buku kerja ini. Klik \"Sisipkan Lampiran\" untuk membuatnya, atau buka buku kerja rencana.",
  planInserted: (agency: string) => `Lampiran rencana ZI untuk ${agency} disisipkan sebagai lembar baru.`,
  planRefreshed: (sheet: string) =>
    `Lampiran diperbarui ke lembar baru dengan semua isian dari "${sheet}". Lembar lama tetap ada; hapus setelah Anda memeriksanya.`,
} as const;
