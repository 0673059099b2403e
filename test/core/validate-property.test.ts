import fc from "fast-check";
import { describe, it } from "vitest";
import {
  actionEntries, FINDING_SEVERITY, gridColCount, indicatorEntries, isFindingCode, LAMPIRAN_I, parseCell, readWorkbookPlan, serialFromIso,
  validatePlan, type CellValue, type Finding, type Grid, type WorkbookGrids,
} from "../../core/index.js";
import { cellArb, gridArb, propertyRuns } from "../helpers/arbitraries.js";
import { typedPlanGrid } from "../helpers/typed-plan.js";

const AS_OF = serialFromIso("2026-06-30")!;
/** 10,000 cases each (about half a minute for both); ZI_QUICK=1 runs 500 locally, never in CI. */
const RUNS = propertyRuns();
const TIMEOUT = 300_000;

const actions = actionEntries(LAMPIRAN_I).map((e) => e.action.text);
const indicators = indicatorEntries(LAMPIRAN_I).map((e) => e.indicator.text);
const typo = (s: string) => (s.length > 6 ? s.slice(0, 3) + s.slice(4) : s);
const VOCAB: CellValue[] = [
  ...actions.slice(0, 20), ...actions.slice(20, 30).map(typo), ...indicators, ...indicators.slice(0, 5).map((s) => s.toUpperCase()),
  ...LAMPIRAN_I.areas.map((a) => `${a.no}. ${a.text}`), "RENCANA AKSI INDIKATOR HASIL", "C. RENCANA AKSI KOMPONEN PENGUNGKIT", "1.", "2.",
  "NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN", "TARGET WAKTU PELAKSANAN", "STATUS", "PROGRES (%)", "BUKTI DUKUNG",
  "TANGGAL REALISASI", "KETERANGAN", "PENANGGUNG JAWAB", "(1)", "(2)", "(3)", "KEDUDUKAN DALAM TIM", "NAMA", "Ketua", "Anggota",
  "Perangkat Daerah", "Perangkat Daerah : Dinas X", "Tahun", "Tahun : 2026", "TAHUN 2026", "NOMOR : 30 TAHUN 2021",
  "RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK DINAS Y DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI",
  "Selesai", "Sudah", "50%", "OK", "Belum", "Triwulan II", "Setiap bulan", "31/02/2026", "Segera", "Desember 2025", "-",
  `1. ${actions[0]}\n2. ${actions[1]};\n- lain-lain`, `a. ${typo(actions[40])}; b. ${actions[41]}`, "HASIL VALIDASI RENCANA PEMBANGUNAN ZONA INTEGRITAS",
];

const typedCellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: cellArb },
  { weight: 3, arbitrary: fc.constantFrom(...VOCAB) },
);
const HEADER: CellValue[] = ["NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG"];
const rowArb = fc.oneof(
  { weight: 6, arbitrary: fc.array(typedCellArb, { maxLength: 9 }) },
  { weight: 1, arbitrary: fc.constant(HEADER) },
);
const mergeArb = fc
  .tuple(fc.nat(40), fc.nat(8), fc.nat(5), fc.nat(3))
  .map(([r, c, h, w]) => `${String.fromCharCode(65 + c)}${r + 1}:${String.fromCharCode(65 + c + w)}${r + 1 + h}`);
const typedGridArb: fc.Arbitrary<Grid> = fc.record({
  name: fc.oneof(fc.constant("Rencana"), fc.string({ maxLength: 31 })),
  values: fc.array(rowArb, { maxLength: 45 }),
  merges: fc.array(fc.oneof(mergeArb, fc.constantFrom("A1", "Z99:A1", "bukan", "A1:XFD1048576")), { maxLength: 6 }),
  hidden: fc.boolean(),
});

/** A real typed plan with random cells written over it and random merges: the deep paths of the reader. */
const BASE = typedPlanGrid("Rencana", { layout: "row", headers: ["TARGET WAKTU PELAKSANAAN", "STATUS", "TANGGAL REALISASI", "BUKTI DUKUNG"] });
const damagedArb: fc.Arbitrary<Grid> = fc
  .record({
    edits: fc.array(fc.tuple(fc.nat(BASE.values.length + 3), fc.nat(8), typedCellArb), { maxLength: 40 }),
    merges: fc.array(mergeArb.map((m) => m.replace(/\d+/g, (n) => String(Number(n) * 3))), { maxLength: 5 }),
  })
  .map(({ edits, merges }) => {
    const values = BASE.values.map((row) => [...row]);
    for (const [r, c, v] of edits) {
      while (values.length <= r) values.push([]);
      values[r][c] = v;
    }
    for (const row of values) for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = null;
    return { name: "Rencana", values, merges: [...BASE.merges ?? [], ...merges] };
  });

const INDONESIAN = /\b(tidak|belum|isi|tambahkan|periksa|rencana|target|tanggal|status|tim|dan|atau|di)\b/i;

/** Throws (failing the property) on a finding that is not well formed; plain checks keep 10,000 runs fast. */
function check(workbook: WorkbookGrids): void {
  const plan = readWorkbookPlan(workbook, { timeZone: "Asia/Jakarta" });
  const findings: Finding[] = plan ? validatePlan(plan, { asOf: AS_OF }) : [];
  for (const f of findings) {
    if (!isFindingCode(f.code) || FINDING_SEVERITY[f.code] !== f.severity) throw new Error(`bad code ${JSON.stringify(f)}`);
    const grid = workbook.sheets.find((g) => g.name === f.sheet);
    if (!grid) throw new Error(`finding on an unknown sheet ${JSON.stringify(f)}`);
    const at = parseCell(f.cell);
    const rows = Math.max(grid.values.length, 1);
    const cols = Math.max(gridColCount(grid), 1);
    if (!at || at.row >= rows || at.col >= cols) throw new Error(`cell outside the sheet ${JSON.stringify(f)} (${rows}x${cols})`);
    if (typeof f.message !== "string" || f.message.length < 20 || !INDONESIAN.test(f.message)) throw new Error(`bad message ${JSON.stringify(f)}`);
    if (f.ref !== null && typeof f.ref !== "string") throw new Error(`bad ref ${JSON.stringify(f)}`);
  }
}

describe("readWorkbookPlan + validatePlan never throw and every finding is well formed", () => {
  it("random grids (merged cells, error values, formulas, huge strings, dates and numbers as text)", () => {
    // Sheet names are unique in a workbook, case-insensitively.
    const sheetsArb = fc.uniqueArray(fc.oneof(gridArb, typedGridArb), { minLength: 1, maxLength: 3, selector: (g) => g.name.toLowerCase() });
    fc.assert(fc.property(sheetsArb, (sheets) => check({ sheets })), { numRuns: RUNS });
  }, TIMEOUT);

  it("hand-typed plans with random cells and merges written over them", () => {
    fc.assert(fc.property(damagedArb, (grid) => check({ sheets: [grid] })), { numRuns: RUNS });
  }, TIMEOUT);
});
