// Workbooks in the layout of the official KemenPANRB LKE ZI, generated from the model (for the demo
// of `zi contoh` and for the tests; the real workbook comes from KemenPANRB): an answer
// sheet ("Jawaban") with a No column, the question hierarchy over several "Penilaian" columns
// (component "A.", part "I.", area "1.", sub-area "i.", question "a."), Bobot, Kriteria Nilai,
// Pilihan Jawaban, Jawaban Unit with the unit's notes and evidence, then one or more TPI blocks
// (Jawaban TPI ..., Nilai, %, Catatan); percentage rows computed by formulas and hand-summed totals
// that are no inputs; and summary sheets ("Unit", "TPI Unit") that refer to the answer sheet and
// name the unit. Options make the variations workbooks in the wild show.

import type ExcelJS from "exceljs";
import {
  cellRef, LKE_ZI_2026, rangeRef, type Answers, type CellValue, type EvaluationModel, type Grid, type ModelNode, type Question,
  type WorkbookGrids,
} from "../../core/index.js";
import { newWorkbook } from "../xlsx/files.js";

/** A sheet to write: values from A1, merges, and formulas with their cached results by A1 cell. */
export interface SheetToWrite {
  name: string;
  values: CellValue[][];
  merges?: string[];
  raw?: Record<string, { formula: string; result: CellValue }>;
}

export interface TpiBlock {
  name: string;
  answers: Answers;
  notes?: Record<number, string>;
}

export interface OfficialOptions {
  agency?: string;
  year?: number;
  unit?: Answers;
  /** The TPI blocks, left to right; the default is one block "Jawaban TPI" with `tpi`. */
  tpi?: Answers;
  blocks?: TpiBlock[];
  /** The unit's evidence links by question. */
  evidence?: Record<number, string>;
  sheetName?: string;
  /** Blank rows inserted after every n-th row of the table. */
  blankEvery?: number;
  /** Rows of the unit's own, typed after a question. */
  extraRows?: { after: number; text: string; label: string; answer?: CellValue }[];
  /** Questions whose rows were deleted. */
  drop?: number[];
  /** A question's text as edited in this workbook. */
  text?: (q: Question) => string;
  /** How answers were typed: as the model's keys, or as people type them. */
  typing?: "clean" | "messy";
  /** The summary sheets: naming the unit, broken (#REF! where the unit was), or none. */
  summary?: "ok" | "broken" | "none";
  /** The block headers on two rows (a merged "Jawaban TPI" cell over "Jawaban / Nilai / % / Catatan"). */
  twoRowHeader?: boolean;
}

export interface OfficialWorkbook {
  sheets: SheetToWrite[];
  /** The sheets as a host reads them (values, merges, formulas). */
  grids: WorkbookGrids;
  /** Row (0-based) of each question on the answer sheet. */
  rowOf: Record<number, number>;
  /** Column (0-based) of the unit's answers and of each TPI block's answers. */
  unitCol: number;
  tpiCols: number[];
  answerSheet: string;
}

const TEXT_FROM = 1;
const DEPTH = 7;
const LEVEL_MARK: Record<ModelNode["level"], (i: number) => string> = {
  component: (i) => `${String.fromCharCode(65 + i)}.`,
  part: (i) => `${["I", "II", "III", "IV"][i]}.`,
  area: (i) => `${i + 1}.`,
  subArea: (i) => `${["i", "ii", "iii", "iv", "v", "vi", "vii"][i]}.`,
};

function typeLabel(model: EvaluationModel, q: Question): string {
  return model.official!.typeLabels[q.type][0];
}

/** An answer as people type it into the official sheet. */
function messy(model: EvaluationModel, q: Question, v: CellValue | undefined, i: number): CellValue {
  if (v === undefined || v === null) return null;
  const t = model.answerTypes[q.type];
  if (t.kind === "choice" && typeof v === "string") return [v.toLowerCase(), ` ${v} `, v, `${v.toLowerCase()} `][i % 4];
  if (t.kind === "index" && typeof v === "number") return String(v).replace(".", ",");
  if (t.kind === "count" && typeof v === "number" && i % 2 === 0) return String(v);
  return v;
}

export function officialWorkbook(o: OfficialOptions = {}, model: EvaluationModel = LKE_ZI_2026): OfficialWorkbook {
  const agency = o.agency ?? "Dinas Kesehatan";
  const year = o.year ?? 2026;
  const sheetName = o.sheetName ?? "Jawaban";
  const blocks: TpiBlock[] = o.blocks ?? [{ name: "Jawaban TPI", answers: o.tpi ?? {} }];
  const c = {
    no: 0,
    weight: TEXT_FROM + DEPTH,
    criteria: TEXT_FROM + DEPTH + 1,
    choices: TEXT_FROM + DEPTH + 2,
    unit: TEXT_FROM + DEPTH + 3,
    unitNote: TEXT_FROM + DEPTH + 4,
    evidence: TEXT_FROM + DEPTH + 5,
    block: (i: number) => TEXT_FROM + DEPTH + 6 + i * 4,
  };
  const width = c.block(blocks.length);
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const raw: Record<string, { formula: string; result: CellValue }> = {};
  const formulas: (string | null)[][] = [];
  const rowOf: Record<number, number> = {};
  const put = (row: CellValue[]) => values.push(row);
  const formula = (r: number, col: number, f: string, result: CellValue) => {
    values[r][col] = result;
    (formulas[r] ??= [])[col] = `=${f}`;
    raw[cellRef(r, col)] = { formula: f, result };
  };

  put(["LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM"]);
  put([`TAHUN ${year}`]);
  put([]);
  const header: CellValue[] = [];
  header[c.no] = "No";
  header[TEXT_FROM] = "Penilaian";
  header[c.weight] = "Bobot";
  header[c.criteria] = "Kriteria Nilai";
  header[c.choices] = "Pilihan Jawaban";
  header[c.unit] = "Jawaban Unit";
  header[c.unitNote] = "Catatan";
  header[c.evidence] = "Bukti Dukung";
  const sub: CellValue[] = [];
  blocks.forEach((b, i) => {
    const at = c.block(i);
    if (o.twoRowHeader) {
      header[at] = b.name;
      merges.push(rangeRef(values.length, at, values.length, at + 3));
      [sub[at], sub[at + 1], sub[at + 2], sub[at + 3]] = ["Jawaban", "Nilai", "%", "Catatan"];
    } else {
      [header[at], header[at + 1], header[at + 2], header[at + 3]] = [b.name, "Nilai", "%", "Catatan"];
    }
  });
  merges.push(rangeRef(values.length, TEXT_FROM, values.length, TEXT_FROM + DEPTH - 1));
  put(header);
  if (o.twoRowHeader) put(sub);

  let no = 0;
  let tableRows = 0;
  const row = (depth: number, mark: string, text: string, rest: Partial<Record<"weight" | "criteria" | "choices", CellValue>> = {}): number => {
    if (o.blankEvery && tableRows > 0 && tableRows % o.blankEvery === 0) put([]);
    tableRows++;
    const r: CellValue[] = [];
    r[c.no] = ++no;
    r[TEXT_FROM + depth] = mark;
    r[TEXT_FROM + depth + 1] = text;
    if (rest.weight !== undefined) r[c.weight] = rest.weight;
    if (rest.criteria !== undefined) r[c.criteria] = rest.criteria;
    if (rest.choices !== undefined) r[c.choices] = rest.choices;
    put(r);
    return values.length - 1;
  };
  const answerOf = (q: Question, a: Answers, i: number): CellValue => {
    const v = a[q.no];
    return o.typing === "messy" ? messy(model, q, v, q.no + i) : v ?? null;
  };
  const questionRow = (q: Question, depth: number, i: number) => {
    if (o.drop?.includes(q.no)) return;
    const r = row(depth, `${String.fromCharCode(97 + (i % 26))}.`, o.text?.(q) ?? q.text, { criteria: q.criteria, choices: typeLabel(model, q) });
    rowOf[q.no] = r;
    values[r][c.unit] = answerOf(q, o.unit ?? {}, 0);
    if (o.evidence?.[q.no]) values[r][c.evidence] = o.evidence[q.no];
    blocks.forEach((b, k) => {
      values[r][c.block(k)] = answerOf(q, b.answers, k + 1);
      if (b.notes?.[q.no]) values[r][c.block(k) + 3] = b.notes[q.no];
    });
    for (const extra of o.extraRows?.filter((e) => e.after === q.no) ?? []) {
      const x = row(depth, "-", extra.text, { choices: extra.label });
      values[x][c.unit] = extra.answer ?? null;
    }
  };
  /** A percentage row: the workbook divides the first count of its ratio by the first of its base. */
  const percentRow = (node: ModelNode, depth: number) => {
    for (const ratio of node.ratios) {
      const num = rowOf[ratio.numerator[0].question];
      const den = rowOf[ratio.denominator[0].question];
      const r = row(depth, "-", `Persentase ${ratio.label.replace(/^Persentase /, "")}`, { choices: "%" });
      if (num === undefined || den === undefined) continue;
      const cols = [c.unit, ...blocks.map((_, k) => c.block(k))];
      for (const col of cols) {
        const n = Number(values[num][col]);
        const d = Number(values[den][col]);
        formula(r, col, `IFERROR(${cellRef(num, col)}/${cellRef(den, col)},0)`, d ? n / d : 0);
      }
    }
  };
  const walk = (node: ModelNode, depth: number, index: number) => {
    row(depth, LEVEL_MARK[node.level](index), node.title, { weight: node.weight });
    node.questions.forEach((q, i) => {
      questionRow(q, depth + 1, i);
      // The hand-summed total under the LHKPN counts: a Jumlah row the model does not take.
      if (q.no === 115 && model === LKE_ZI_2026) {
        const r = row(depth + 1, "-", model.official!.totals[0], { choices: "Jumlah" });
        const parts = [113, 114, 115].map((n) => rowOf[n]).filter((x) => x !== undefined);
        for (const col of [c.unit, ...blocks.map((_, k) => c.block(k))]) {
          formula(r, col, parts.length ? `SUM(${parts.map((p) => cellRef(p, col)).join(",")})` : "0", parts.reduce((s, p) => s + (Number(values[p][col]) || 0), 0));
        }
      }
    });
    percentRow(node, depth + 1);
    node.children.forEach((child, i) => walk(child, depth + 1, i));
  };
  model.tree.forEach((n, i) => walk(n, 0, i));
  values.forEach((r) => {
    for (let i = 0; i < width; i++) if (r[i] === undefined) r[i] = null;
  });

  const sheets: SheetToWrite[] = [];
  const grids: Grid[] = [];
  if ((o.summary ?? "ok") !== "none") {
    for (const [name, col] of [["Unit", c.unit], ["TPI Unit", c.block(0)]] as const) {
      const broken = o.summary === "broken";
      const summary: CellValue[][] = [
        [broken ? "LEMBAR KERJA EVALUASI" : `LEMBAR KERJA EVALUASI ZONA INTEGRITAS TAHUN ${year}`],
        [],
        ["Unit Kerja", ":", broken ? "#REF!" : agency],
        [],
        ["Pertanyaan", "Jawaban"],
      ];
      const sraw: Record<string, { formula: string; result: CellValue }> = {};
      const sformulas: (string | null)[][] = [];
      for (const q of [1, 2, 3]) {
        const r = rowOf[q];
        if (r === undefined) continue;
        const at = summary.length;
        const ref = `'${sheetName}'!${cellRef(r, col)}`;
        summary.push([`Pertanyaan ${q}`, values[r][col]]);
        sraw[cellRef(at, 1)] = { formula: ref, result: values[r][col] };
        (sformulas[at] ??= [])[1] = `=${ref}`;
      }
      sheets.push({ name, values: summary, raw: sraw });
      grids.push({ name, values: summary.map((r) => [...r]), formulas: sformulas, merges: [] });
    }
  }
  sheets.push({ name: sheetName, values, merges, raw });
  grids.push({ name: sheetName, values, merges, formulas: values.map((_, r) => formulas[r] ?? []) });
  return {
    sheets,
    grids: { sheets: grids, timeZone: "Asia/Jakarta" },
    rowOf,
    unitCol: c.unit,
    tpiCols: blocks.map((_, k) => c.block(k)),
    answerSheet: sheetName,
  };
}

const ERROR_RE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!)$/;

/** The workbook as exceljs writes it: error texts as error cells, formulas with their results. */
export function officialExcelWorkbook(wb: OfficialWorkbook): ExcelJS.Workbook {
  const out = newWorkbook();
  const value = (v: CellValue): ExcelJS.CellValue =>
    typeof v === "string" && ERROR_RE.test(v) ? ({ error: v } as ExcelJS.CellErrorValue) : (v as ExcelJS.CellValue);
  for (const s of wb.sheets) {
    const ws = out.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = value(v);
    }));
    for (const [addr, f] of Object.entries(s.raw ?? {})) ws.getCell(addr).value = { formula: f.formula, result: value(f.result) } as ExcelJS.CellFormulaValue;
    for (const m of s.merges ?? []) if (m.includes(":")) ws.mergeCells(m);
  }
  return out;
}
