// LKE ZI, 2026 edition (Permen PANRB 90/2021): the transcribed tree (lke-zi-2026.json, kept as
// published with its source) plus the rules that turn answers into scores. Every number here
// carries its source; a correction is an edit of this data, not of the engine.

import raw from "./lke-zi-2026.json";
import { buildEvaluationModel, type EditionRules, type RawEdition, type RatioData } from "../load.js";
import type { EvaluationModel, SourceRef } from "../model.js";

const LKE = "LKE ZI edisi 2026 (Permen PANRB 90/2021), dataset axxpxmd/zona_integritas public/response_master_soal_lkezi_2026.json";
const AXX: SourceRef = {
  document: "axxpxmd/zona_integritas",
  part: "app/Http/Controllers/PengusulanController.php",
  item: "getUnitWbk dan getUnitWbbm (compliance)",
};
const ARYA: SourceRef = {
  document: "aryasepta7901/EZonaIntegritas-Master",
  part: "SQL/student_221910940.sql",
  item: "tabel pilar (min_wbk, min_wbbm) dan subrincian",
};
const ISSUE: SourceRef = { document: "Keputusan proyek, issue 5 (Penilaian)", part: "Aturan persentase jumlah dan nilai Hasil" };

const lke = (part: string, item?: string): SourceRef => (item ? { document: LKE, part, item } : { document: LKE, part });

const ratio = (label: string, numerator: number[], denominator: number[], node: string, questions: string): RatioData => ({
  label,
  numerator,
  denominator,
  source: lke(node, `kriteria pertanyaan ${questions}`),
});

const rules: EditionRules = {
  id: "lke-zi-2026",
  citation:
    "Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas menuju WBK dan WBBM di Instansi Pemerintah, evaluasi 2026",
  sourceNote:
    "Sumber pertanyaan, kriteria dan bobot: dataset publik response_master_soal_lkezi_2026.json di repositori GitHub axxpxmd/zona_integritas (salinan LKE resmi), dicocokkan dengan bobot di aryasepta7901/EZonaIntegritas-Master. Batas predikat: PengusulanController axxpxmd/zona_integritas dan tabel pilar aryasepta7901/EZonaIntegritas-Master.",
  answerTypes: {
    "ya-tidak": { kind: "choice", label: "Ya/Tidak", source: lke("answerValues", "ya-tidak: Ya 1, Tidak 0") },
    abc: { kind: "choice", label: "A/B/C", source: lke("answerValues", "abc: A 1, B 0,5, C 0") },
    abcd: { kind: "choice", label: "A/B/C/D", source: lke("answerValues", "abcd: A 1, B 0,67, C 0,33, D 0") },
    abcde: { kind: "choice", label: "A/B/C/D/E", source: lke("answerValues", "abcde: A 1, B 0,75, C 0,5, D 0,25, E 0") },
    jumlah: { kind: "count", label: "Jumlah", max: 1_000_000, source: lke("answerValues", "jumlah") },
    "indeks-0-4": { kind: "index", label: "Indeks 0–4", min: 0, max: 4, source: lke("answerValues", "indeks-0-4: indeks / 4 x bobot") },
  },
  ratios: {
    "A.II.1.i": [
      ratio("Persentase perubahan yang dibuat terhadap jumlah agen perubahan", [89], [88], "A.II.1.i", "88–89"),
      ratio("Persentase perubahan yang terintegrasi dalam sistem manajemen", [91], [90], "A.II.1.i", "90–91"),
    ],
    "A.II.3.iii": [
      ratio("Persentase penurunan pelanggaran disiplin pegawai", [102, -103], [102], "A.II.3.iii", "102–103"),
      { ...ratio("Persentase pelanggaran yang telah diberi sanksi/hukuman", [104], [103], "A.II.3.iii", "103–104"), source: { ...ISSUE, item: "Reform SDM iii" } },
    ],
    "A.II.4.i": [ratio("Persentase sasaran kinerja dengan capaian 100% atau lebih", [106], [105], "A.II.4.i", "105–106")],
    "A.II.5.ii": [ratio("Persentase pengaduan masyarakat yang selesai ditindaklanjuti", [112], [110], "A.II.5.ii", "110–112")],
    "A.II.5.iii.a": [ratio("Persentase penyampaian LHKPN", [116], [113, 114, 115], "A.II.5.iii.a", "113–116")],
    "A.II.5.iii.b": [ratio("Persentase penyampaian laporan harta kekayaan non-LHKPN", [120], [117, 118, 119], "A.II.5.iii.b", "117–120")],
    "A.II.6.i": [ratio("Persentase perizinan/pelayanan yang telah dipermudah", [123], [122], "A.II.6.i", "122–123")],
  },
  ratioDefaults: {
    clamp: { min: 0, max: 1 },
    blank: 0,
    zeroDenominator: { zero: 1, positive: 1, negative: 0 },
    zeroNote: "Penyebut dan pembilang nol: tidak ada yang wajib dipenuhi, jadi persentasenya 100%.",
    source: ISSUE,
  },
  points: {
    "B.I": [
      { question: 125, points: 17.5 },
      { question: 126, points: 5 },
    ],
    "B.II": [{ question: 127, points: 17.5 }],
  },
  informational: { "A.II.5.ii": [111] },
  figures: {
    pengungkit: { label: "Komponen pengungkit", node: "A" },
    pemenuhan: { label: "Pemenuhan", node: "A.I" },
    reform: { label: "Reform", node: "A.II" },
    hasil: { label: "Komponen hasil", node: "B" },
    bersih: { label: "Birokrasi yang bersih dan akuntabel", node: "B.I" },
    ipak: { label: "Nilai IPAK (indeks / 4 x 17,5)", points: { node: "B.I", question: 125 } },
    capaian: { label: "Capaian kinerja (nilai x 5)", points: { node: "B.I", question: 126 } },
    pelayanan: { label: "Pelayanan publik yang prima (IPKP / 4 x 17,5)", node: "B.II" },
  },
  areaGroups: [
    { code: "MP", label: "Manajemen Perubahan", members: { pemenuhan: "A.I.1", reform: "A.II.1" } },
    { code: "PT", label: "Penataan Tatalaksana", members: { pemenuhan: "A.I.2", reform: "A.II.2" } },
    { code: "SDM", label: "Penataan Sistem Manajemen SDM Aparatur", members: { pemenuhan: "A.I.3", reform: "A.II.3" } },
    { code: "AK", label: "Penguatan Akuntabilitas", members: { pemenuhan: "A.I.4", reform: "A.II.4" } },
    { code: "PW", label: "Penguatan Pengawasan", members: { pemenuhan: "A.I.5", reform: "A.II.5" } },
    { code: "PP", label: "Peningkatan Kualitas Pelayanan Publik", members: { pemenuhan: "A.I.6", reform: "A.II.6" } },
  ],
  predicates: ["WBBM", "WBK"],
  rules: [
    { id: "total", label: "Nilai total", metric: { figure: "total" }, unit: "points", min: { WBK: 75, WBBM: 85 }, sources: [AXX] },
    { id: "pengungkit", label: "Komponen pengungkit", metric: { figure: "pengungkit" }, unit: "points", min: { WBK: 40, WBBM: 48 }, sources: [AXX] },
    { id: "area", label: "Setiap area pengungkit (pemenuhan + reform), % bobotnya", metric: { eachArea: "percent" }, unit: "percent", min: { WBK: 60, WBBM: 75 }, sources: [AXX, ARYA] },
    { id: "bersih", label: "Birokrasi yang bersih dan akuntabel", metric: { figure: "bersih" }, unit: "points", min: { WBK: 18.25, WBBM: 19.5 }, sources: [AXX, ARYA] },
    { id: "ipak", label: "Nilai IPAK", metric: { figure: "ipak" }, unit: "points", min: { WBK: 15.75, WBBM: 15.75 }, sources: [AXX, ARYA] },
    { id: "capaian", label: "Capaian kinerja", metric: { figure: "capaian" }, unit: "points", min: { WBK: 2.5, WBBM: 3.75 }, sources: [ARYA] },
    { id: "pelayanan", label: "Pelayanan publik yang prima (IPKP)", metric: { figure: "pelayanan" }, unit: "points", min: { WBK: 14, WBBM: 15.75 }, sources: [AXX, ARYA] },
  ],
  official: {
    typeLabels: {
      "ya-tidak": ["Ya/Tidak"],
      abc: ["A/B/C"],
      abcd: ["A/B/C/D"],
      abcde: ["A/B/C/D/E"],
      jumlah: ["Jumlah"],
      "indeks-0-4": ["Nilai (0-4)", "Nilai 0-4"],
    },
    computedLabels: ["%"],
    totals: ["Jumlah yang harus melaporkan", "Jumlah yang wajib melaporkan"],
    source: {
      ...ISSUE,
      document: "Keputusan proyek, issue 11 (LKE resmi)",
      part: "Lembar Jawaban LKE ZI 2026: kolom Pilihan Jawaban, baris persentase dan baris jumlah total yang dihitung sendiri",
    },
  },
  notes: [
    "Batas WBBM capaian kinerja: tabel pilar aryasepta7901/EZonaIntegritas-Master memakai 3,75; PengusulanController axxpxmd/zona_integritas (getUnitWbbm) memakai 2,50. Model ini memakai 3,75.",
    "Batas WBBM birokrasi bersih dan akuntabel: 19,5 = IPAK 15,75 + capaian 3,75 (tabel pilar aryasepta7901); getUnitWbbm axxpxmd memakai 18,25. Model ini memakai 19,5.",
    "Batas per area: axxpxmd menilai setiap area sebagai pemenuhan + reform (60% WBK, 75% WBBM dari bobot gabungan). Tabel pilar aryasepta7901 memberi batas terpisah untuk pemenuhan dan untuk reform (mis. Manajemen Perubahan 2,40/3,00 dari bobot 4; beberapa batas WBBM di sana tidak tepat 75%: Penataan Tatalaksana 2,60 dari 3,5, Penguatan Pengawasan 5,60 dari 7,5, Peningkatan Kualitas Pelayanan Publik 1,50 dari 5). Model ini memakai pemenuhan + reform.",
    "Persentase dari jumlah: penyebut nol dengan pembilang nol berarti tidak ada yang wajib (nilai 1, dengan catatan info); penurunan pelanggaran dari nol ke nol bernilai 1; pembilang positif atas penyebut nol bernilai 1 dan negatif bernilai 0; hasil dibatasi 0..1; jumlah yang kosong membuat persentasenya 0.",
    "Pertanyaan 111 (pengaduan yang sedang diproses) dicatat untuk informasi; persentase penanganan pengaduan = selesai ditindaklanjuti / harus ditindaklanjuti.",
    "Nilai dibandingkan dengan batas setelah dibulatkan dua desimal; tidak ada pembulatan di tengah perhitungan.",
  ],
};

export const LKE_ZI_2026: EvaluationModel = buildEvaluationModel(raw as RawEdition, rules);
