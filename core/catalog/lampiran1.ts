// Lampiran of Peraturan Bupati Bekasi Nomor 30 Tahun 2021, transcribed. Legal texts carry no
// copyright in Indonesia (UU 28/2014 Pasal 42), so the wording is embedded verbatim; list
// punctuation (";" "." ending an item) is dropped, and obvious typing errors are corrected with
// the source's spelling kept in `original`.

import type { Catalog, CatalogAction, CatalogArea, CatalogIndicator, SourceRef } from "./types.js";

const DOC = "Peraturan Bupati Bekasi Nomor 30 Tahun 2021";

function src(part: string, item?: string): SourceRef {
  return item ? { document: DOC, part, item } : { document: DOC, part };
}

type ActionData = Omit<CatalogAction, "source">;
type IndicatorData = Omit<CatalogIndicator, "source" | "actions"> & { actions: ActionData[] };
type AreaData = Omit<CatalogArea, "source" | "indicators"> & { section: string; indicators: IndicatorData[] };

// Sources are derived from the ids so that each one names the table, row and item it came from.
function withSources(area: AreaData): CatalogArea {
  const part = `Lampiran, ${area.section}`;
  const { section: _section, ...rest } = area;
  return {
    ...rest,
    source: src(part),
    indicators: area.indicators.map((ind) => ({
      ...ind,
      source: src(part, `NO ${ind.no}`),
      actions: ind.actions.map((a) => ({ ...a, source: src(part, `NO ${ind.no}, rencana aksi ${a.no}`) })),
    })),
  };
}

const areas: AreaData[] = [
  {
    code: "MP", kind: "enabler", no: 1, section: "C.1", label: "Manajemen Perubahan",
    text: "MANAJEMEN PERUBAHAN",
    indicators: [
      { id: "MP.1", no: 1, text: "Penyusunan Tim Kerja", lke: "A.I.1.i", actions: [
        { id: "MP.1.1", no: 1, text: "Pembentukan tim untuk melakukan pembangunan Zona Integritas menuju WBK/WBBM" },
      ] },
      { id: "MP.2", no: 2, text: "Dokumen Rencana Pembangunan Zona Integritas Menuju WBK/WBBM", lke: "A.I.1.ii", actions: [
        { id: "MP.2.1", no: 1, text: "Penyusunan rencana kerja pembangunan zona integritas menuju WBK/WBBM" },
        { id: "MP.2.2", no: 2, text: "Sosialisasi pembangunan zona integritas menuju WBK/WBBM" },
      ] },
      { id: "MP.3", no: 3, text: "Pemantauan dan Evaluasi Pembangunan Zona Integritas menuju WBK/WBBM", lke: "A.I.1.iii", actions: [
        { id: "MP.3.1", no: 1, text: "Pelaksanaan monitoring dan evaluasi pelaksanaan pembangunan zona integritas" },
      ] },
      { id: "MP.4", no: 4, text: "Perubahan Pola Pikir dan Budaya Kerja", lke: "A.I.1.iv", actions: [
        { id: "MP.4.1", no: 1, text: "Pimpinan menjadi role model dalam pembangunan Zona Integritas menuju WBK/WBBM" },
        { id: "MP.4.2", no: 2, text: "Penetapan agen perubahan dalam pembangunan zona integritas",
          original: "Penetapan agen perubahan dalam pembagunan zona integritas" },
        { id: "MP.4.3", no: 3, text: "Pelaksanaan pelatihan budaya kerja dan pola pikir" },
        { id: "MP.4.4", no: 4, text: "Anggota organisasi terlibat dalam pembangunan Zona Integritas menuju WBK/WBBM" },
      ] },
    ],
  },
  {
    code: "PT", kind: "enabler", no: 2, section: "C.2", label: "Penataan Tatalaksana",
    text: "PENATAAN TATALAKSANA", variants: ["PENATAAN TATA LAKSANA"],
    indicators: [
      { id: "PT.1", no: 1, text: "Prosedur Operasional tetap (SOP) Kegiatan Utama", lke: "A.I.2.i", actions: [
        { id: "PT.1.1", no: 1, text: "Penyusunan SOP kegiatan utama yang mengacu kepada tupoksi SKPD" },
        { id: "PT.1.2", no: 2, text: "Evaluasi/perbaiki SOP" },
      ] },
      { id: "PT.2", no: 2, text: "E-Office", variants: ["E Office", "Sistem Pemerintahan Berbasis Elektronik (SPBE)"], lke: "A.I.2.ii", actions: [
        { id: "PT.2.1", no: 1, text: "Penyusunan sistem pengukuran kinerja berbasis sistem informasi" },
        { id: "PT.2.2", no: 2, text: "Penyusunan sistem kepegawaian berbasis sistem informasi" },
        { id: "PT.2.3", no: 3, text: "Penyusunan sistem pelayanan publik berbasis sistem informasi" },
      ] },
      { id: "PT.3", no: 3, text: "Keterbukaan Informasi Publik", lke: "A.I.2.iii", actions: [
        { id: "PT.3.1", no: 1, text: "Penerapan kebijakan tentang keterbukaan informasi publik" },
        { id: "PT.3.2", no: 2, text: "Monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik" },
      ] },
    ],
  },
  {
    code: "SDM", kind: "enabler", no: 3, section: "C.3", label: "Penataan Sistem Manajemen SDM",
    text: "PENATAAN SISTEM MANAJEMEN SDM", variants: ["PENATAAN SISTEM MANAJEMEN SDM APARATUR", "PENATAAN MANAJEMEN SDM"],
    indicators: [
      { id: "SDM.1", no: 1, text: "Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi", lke: "A.I.3.i", actions: [
        { id: "SDM.1.1", no: 1,
          text: "Menerapkan rencana kebutuhan pegawai yang mengacu kepada peta jabatan dan hasil analisis beban kerja",
          original: "Menerapkan rencana kebutuh-an pegawai yang mengacu kepada peta jabatan dan hasil analisis bebankerja" },
        { id: "SDM.1.2", no: 2,
          text: "Menerapkan monitoring dan evaluasi terhadap rencana kebutuhan pegawai di Perangkat Daerahnya",
          original: "Menerapkan monitoring dan evaluasi terhdap rencana kebutuhan pegawai di Perangkat Daerahnya" },
      ] },
      { id: "SDM.2", no: 2, text: "Pola Mutasi Internal", lke: "A.I.3.ii", actions: [
        { id: "SDM.2.1", no: 1, text: "Penyusunan kebijakan pola mutasi internal" },
        { id: "SDM.2.2", no: 2, text: "Penerapan kebijakan pola mutasi internal" },
        { id: "SDM.2.3", no: 3, text: "Monitoring dan evaluasi atas kebijakan pola mutasi internal" },
      ] },
      { id: "SDM.3", no: 3, text: "Pengembangan Pegawai Berbasis Kompetensi", lke: "A.I.3.iii", actions: [
        { id: "SDM.3.1", no: 1, text: "Penganggaran kegiatan pengembangan profesi (Diklat)" },
        { id: "SDM.3.2", no: 2, text: "Monitoring dan evaluasi atas kegiatan pengembangan profesi" },
      ] },
      { id: "SDM.4", no: 4, text: "Penetapan Kinerja Individu", lke: "A.I.3.iv", actions: [
        { id: "SDM.4.1", no: 1, text: "Penerapan penetapan kinerja individu" },
        { id: "SDM.4.2", no: 2, text: "Penetapan kinerja individu sesuai dengan indikator kinerja level di atasnya" },
        { id: "SDM.4.3", no: 3, text: "Penetapan kinerja individu dilakukan secara periodik" },
        { id: "SDM.4.4", no: 4,
          text: "Hasil penilaian kinerja individu telah dilaksanakan / diimplementasikan mulai dari penetapan, implementasi dan pemantauan" },
      ] },
      { id: "SDM.5", no: 5, text: "Penetapan Aturan Disiplin/Kode Etik/ Perilaku Pegawai", lke: "A.I.3.v", actions: [
        { id: "SDM.5.1", no: 1, text: "Penerapan aturan disiplin / kode etik / kode perilaku pegawai" },
      ] },
      { id: "SDM.6", no: 6, text: "Sistem Informasi Kepegawaian", lke: "A.I.3.vi", actions: [
        { id: "SDM.6.1", no: 1, text: "Pemutakhiran informasi kepegawaian dilakukan secara berkala" },
      ] },
    ],
  },
  {
    code: "AK", kind: "enabler", no: 4, section: "C.4", label: "Penguatan Akuntabilitas",
    text: "PENGUATAN AKUNTABILITAS", variants: ["PENGUATAN AKUNTABILITAS KINERJA"],
    indicators: [
      { id: "AK.1", no: 1, text: "Keterlibatan Pimpinan", lke: "A.I.4.i", actions: [
        { id: "AK.1.1", no: 1, text: "Pimpinan terlibat secara langsung dalam penyusunan perencanaan" },
        { id: "AK.1.2", no: 2, text: "Pimpinan terlibat secara langsung dalam penyusunan penetapan kinerja" },
        { id: "AK.1.3", no: 3, text: "Pimpinan memantau pencapaian kinerja secara berkala" },
      ] },
      { id: "AK.2", no: 2, text: "Pengelolaan Akuntabilitas Kinerja", lke: "A.I.4.ii", actions: [
        { id: "AK.2.1", no: 1, text: "Penyusunan dokumen perencanaan" },
        { id: "AK.2.2", no: 2, text: "Dokumen perencanaan berorientasi hasil" },
        { id: "AK.2.3", no: 3, text: "Penetapan Indikator Kinerja Utama (IKU)" },
        { id: "AK.2.4", no: 4, text: "Indikator kinerja memiliki kriteria SMART" },
        { id: "AK.2.5", no: 5, text: "Penyusunan Laporan kinerja" },
        { id: "AK.2.6", no: 6, text: "Peningkatan kapasitas SDM yang menangani akuntabilitas kinerja" },
      ] },
    ],
  },
  {
    code: "PW", kind: "enabler", no: 5, section: "C.5", label: "Penguatan Pengawasan",
    text: "PENGUATAN PENGAWASAN",
    indicators: [
      { id: "PW.1", no: 1, text: "Pengendalian Gratifikasi", lke: "A.I.5.i", actions: [
        { id: "PW.1.1", no: 1, text: "Public campaign tentang pengendalian gratifikasi" },
        { id: "PW.1.2", no: 2, text: "Mengimplementasikan pengendalian gratifikasi" },
      ] },
      { id: "PW.2", no: 2, text: "Penerapan Sistem Pengawasan Internal Pemerintah (SPIP)", lke: "A.I.5.ii",
        variants: ["Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)"], actions: [
        { id: "PW.2.1", no: 1, text: "Membangun lingkungan pengendalian di Perangkat Daerah" },
        { id: "PW.2.2", no: 2, text: "Melakukan penilaian risiko atas Perangkat Daerah terkait" },
        { id: "PW.2.3", no: 3, text: "Sosialisasi SPI ke pihak terkait" },
      ] },
      { id: "PW.3", no: 3, text: "Pengaduan Masyarakat", lke: "A.I.5.iii", actions: [
        { id: "PW.3.1", no: 1, text: "mengimplementasikan kebijakan pengaduan masyarakat" },
        { id: "PW.3.2", no: 2, text: "menindaklanjuti hasil penanganan pengaduan masyarakat" },
        { id: "PW.3.3", no: 3, text: "monitoring dan evaluasi hasil penanganan pengaduan masyarakat" },
        { id: "PW.3.4", no: 4, text: "menindaklanjuti hasil evaluasi penanganan pengaduan masyarakat" },
      ] },
      { id: "PW.4", no: 4, text: "Whistle Blowing System", variants: ["Whistle-Blowing System", "WBS"], lke: "A.I.5.iv", actions: [
        { id: "PW.4.1", no: 1, text: "Menerapkan Whistle Blowing System" },
        { id: "PW.4.2", no: 2, text: "Mengevaluasi penerapan Whistle Blowing System" },
        { id: "PW.4.3", no: 3, text: "Menindaklanjuti evaluasi penerapan Whistle Blowing System" },
      ] },
      { id: "PW.5", no: 5, text: "Penanganan Benturan Kepentingan", lke: "A.I.5.v", actions: [
        { id: "PW.5.1", no: 1, text: "Mengidentifikasi benturan kepentingan dalam tugas fungsi utama" },
        { id: "PW.5.2", no: 2, text: "Mensosialisasikan kebijakan penanganan benturan kepentingan" },
        { id: "PW.5.3", no: 3, text: "Mengimplementasikan kebijakan penanganan benturan kepentingan" },
        { id: "PW.5.4", no: 4, text: "Mengevaluasi pelaksanaan penanganan benturan kepentingan" },
        { id: "PW.5.5", no: 5, text: "Menindaklanjuti hasil evaluasi pelaksanaan penanganan benturan kepentingan" },
      ] },
    ],
  },
  {
    code: "PP", kind: "enabler", no: 6, section: "C.6", label: "Peningkatan Kualitas Pelayanan Publik",
    text: "PENINGKATAN KUALITAS PELAYANAN PUBLIK",
    indicators: [
      { id: "PP.1", no: 1, text: "Standar Pelayanan", lke: "A.I.6.i", actions: [
        { id: "PP.1.1", no: 1, text: "Penyusunan standar pelayanan di Perangkat Daerah" },
        { id: "PP.1.2", no: 2, text: "Penyusunan SOP bagi standar pelayanan" },
        { id: "PP.1.3", no: 3, text: "Melakukan reviu dan perbaikan atas standar pelayanan dan SOP" },
      ] },
      { id: "PP.2", no: 2, text: "Budaya Pelayanan Prima", lke: "A.I.6.ii", actions: [
        { id: "PP.2.1", no: 1,
          text: "Melakukan Sosialisasi/pelatihan berupa kode etik, estetika, capacity building dalam upaya penerapan budaya pelayanan prima" },
        { id: "PP.2.2", no: 2, text: "Memiliki informasi tentang pelayanan mudah diakses melalui berbagai media" },
        { id: "PP.2.3", no: 3,
          text: "Memiliki sistem reward and punishment bagi pelaksana layanan serta pemberian kompensasi kepada penerima layanan bila layanan tidak sesuai standar" },
        { id: "PP.2.4", no: 4, text: "Memiliki sarana layanan terpadu/ terintegrasi" },
        { id: "PP.2.5", no: 5, text: "Melakukan inovasi pelayanan" },
      ] },
      { id: "PP.3", no: 3, text: "Penilaian Kepuasan Terhadap Pelayanan", lke: "A.I.6.iv", actions: [
        { id: "PP.3.1", no: 1, text: "Melakukan survey kepuasan masyarakat terhadap pelayanan" },
        { id: "PP.3.2", no: 2, text: "Hasil survey kepuasan masyarakat dapat diakses secara terbuka" },
        { id: "PP.3.3", no: 3, text: "Melakukan tindak lanjut atas hasil survey kepuasan masyarakat" },
      ] },
    ],
  },
  {
    code: "H1", kind: "result", no: 1, section: "Rencana Aksi Indikator Hasil, 1", label: "Pemerintahan yang Bersih dan Bebas KKN",
    text: "TERWUJUDNYA PEMERINTAHAN YANG BERSIH DAN BEBAS KKN",
    indicators: [
      { id: "H1.1", no: 1, text: "Nilai Persepsi Korupsi", lke: "B.I", actions: [
        { id: "H1.1.1", no: 1, text: "Melakukan survei eksternal atas persepsi korupsi di Pemerintah Kabupaten Bekasi" },
      ] },
      { id: "H1.2", no: 2, text: "Persentase Penyelesaian TLHP", original: "Presentase Penyelesaian TLHP",
        variants: ["Persentase Penyelesaian Tindak Lanjut Hasil Pemeriksaan"], actions: [
        { id: "H1.2.1", no: 1, text: "Menindaklanjuti TLHP", variants: ["Menindaklanjuti Tindak Lanjut Hasil Pemeriksaan"] },
      ] },
    ],
  },
  {
    code: "H2", kind: "result", no: 2, section: "Rencana Aksi Indikator Hasil, 2", label: "Peningkatan Kualitas Pelayanan Publik",
    text: "TERWUJUDNYA PENINGKATAN KUALITAS PELAYANAN PUBLIK KEPADA MASYARAKAT",
    indicators: [
      { id: "H2.1", no: 1, text: "Nilai persepsi kualitas pelayanan", lke: "B.II", actions: [
        { id: "H2.1.1", no: 1,
          text: "Melakukan survei eksternal atas persepsi kualitas pelayanan di SKPD-SKPD lingkup Pemerintah Kabupaten Bekasi" },
      ] },
    ],
  },
];

export const LAMPIRAN_I: Catalog = {
  regulation: {
    title: "PERATURAN BUPATI BEKASI",
    number: "30 TAHUN 2021",
    date: "26 JULI 2021",
    about:
      "PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS KORUPSI DAN WILAYAH BIROKRASI BERSIH DAN MELAYANI DI LINGKUNGAN PEMERINTAH KABUPATEN BEKASI",
  },
  document: {
    planTitle: {
      text: "RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM SKPD DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI",
    },
    dasarTitle: "A. DASAR",
    dasarIntro: { text: "DASAR HUKUM RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM SKPD" },
    // Pre-filled from the regulation's "Mengingat" and the regulation itself; the PD edits them.
    // Permen PANRB 52/2014 (Mengingat 15) was replaced by Permen PANRB 90/2021.
    dasarDefaults: [
      "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi dan Nepotisme",
      "Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001",
      "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
      "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
      "Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah",
      "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah",
      "Peraturan Bupati Bekasi Nomor 30 Tahun 2021 tentang Pembangunan Zona Integritas Menuju Wilayah Bebas Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Pemerintah Kabupaten Bekasi",
    ],
    maksudTujuanTitle: "B. MAKSUD DAN TUJUAN",
    // Pasal 2 huruf a is the purpose (maksud); huruf b to e are the aims (tujuan).
    maksud:
      "Sebagai acuan bagi seluruh pimpinan perangkat daerah dan unit kerja dalam membangun Zona Integritas Menuju WBK dan Menuju WBBM",
    tujuan: [
      "Memberikan keseragaman pemahaman dan tindakan dalam membangun Zona Integritas Menuju WBK dan Menuju WBBM",
      "Memudahkan dan meningkatkan efektivitas pembangunan Zona Integritas pada perangkat daerah dan unit kerja",
      "Meningkatkan kapasitas dan akuntabilitas organisasi",
      "Mewujudkan pemerintahan yang bersih dan bebas KKN",
      "Meningkatkan pelayanan publik",
    ],
    enablerTitle: "C. RENCANA AKSI KOMPONEN PENGUNGKIT",
    enablerIntro: {
      text: "RENCANA AKSI UNTUK MENDUKUNG DAN MEMPERCEPAT ZONA INTEGRITAS (ZI) KEGIATAN SKPD YANG TERDIRI DARI :",
      original: "RENCANA AKSI UNTUK MEDUKUNG DAN MEMPERCEPAT ZONA INTEGERITAS (ZI) KEGIATAN SKPD YANG TERDIRI DARI :",
    },
    resultTitle: "RENCANA AKSI INDIKATOR HASIL",
    source: src("Lampiran", "A, B, C; Pasal 2 for Maksud dan Tujuan"),
  },
  areas: areas.map(withSources),
};
