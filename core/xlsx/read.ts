// readXlsx: the bytes of a received .xlsx -> its sheets as Grids, or the Indonesian message saying
// why it cannot be read. Pure: no Node, no DOM, so the CLI, the task pane, the sidebar and the
// offline page read files alike.

import { filesText } from "../i18n/files.js";
import type { WorkbookGrids } from "../sheet/types.js";
import { classifyNonZip, looksLikeZip } from "./classify.js";
import { XlsxFault, type FaultKind } from "./fault.js";
import { InflateBudget, inflateEntry, type RawInflate } from "./inflate.js";
import { DEFAULT_LIMITS, type XlsxLimits } from "./limits.js";
import {
  findPart, partMap, readDateStyles, readRelationships, readSharedStrings, readWorkbookPart, relsPartOf, resolveTarget, type PartMap,
} from "./parts.js";
import { readSheet } from "./sheet.js";
import { zipEntries, type ZipEntry } from "./zip.js";

export interface ReadXlsxOptions {
  /** IANA zone in which date cells' wall clocks are read (the sheet's own zone). */
  timeZone: string;
  limits?: Partial<XlsxLimits>;
  /** A native inflater for the small parts (the CLI lends Node's zlib); fflate otherwise. */
  inflateRaw?: RawInflate;
}

export type ReadXlsxResult =
  | { ok: true; workbook: WorkbookGrids }
  | { ok: false; error: string; kind: FaultKind };

const MB = 2 ** 20;
const WORKBOOK_RE = /^xl\/workbook\d*\.xml$/i;

function officeDocument(parts: PartMap, budget: InflateBudget, deferred: { fault: XlsxFault | null }): ZipEntry | undefined {
  const rels = readRelationships(findPart(parts, "_rels/.rels"), budget, deferred);
  for (const rel of rels.values()) {
    if (!rel.external && rel.type.endsWith("/officeDocument")) {
      const part = findPart(parts, resolveTarget("", rel.target));
      if (part) return part;
    }
  }
  return findPart(parts, "xl/workbook.xml") ?? [...parts.values()].find((e) => WORKBOOK_RE.test(e.name));
}

function read(bytes: Uint8Array, options: ReadXlsxOptions, limits: XlsxLimits): WorkbookGrids {
  if (bytes.length > limits.maxFileBytes) {
    throw new XlsxFault("tooLarge", filesText.tooLarge(Math.ceil(bytes.length / MB), limits.maxFileBytes / MB));
  }
  if (!looksLikeZip(bytes)) throw new XlsxFault(bytes.length === 0 ? "empty" : "notZip", classifyNonZip(bytes));
  const entries = zipEntries(bytes);
  const names = entries.map((e) => e.name);
  if (!names.includes("[Content_Types].xml") || !names.some((n) => WORKBOOK_RE.test(n))) {
    throw new XlsxFault("notWorkbook", filesText.notXlsx);
  }
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > limits.maxExpandedBytes) throw new XlsxFault("expandsTooMuch", filesText.expandsTooMuch(limits.maxExpandedBytes / MB));
  for (const e of entries) if (e.method !== 0 && e.method !== 8) throw new XlsxFault("notWorkbook", filesText.notXlsx);

  const budget = new InflateBudget(limits.maxExpandedBytes, options.inflateRaw);
  const parts = partMap(entries);
  // A broken XML part is named only once every part has been counted: a zip bomb is a zip bomb.
  const deferred: { fault: XlsxFault | null } = { fault: null };
  const read = new Set<ZipEntry>();
  const use = (e: ZipEntry | undefined) => {
    if (e) read.add(e);
    return e;
  };
  use(findPart(parts, "_rels/.rels"));
  const workbookPart = use(officeDocument(parts, budget, deferred))!;
  const info = readWorkbookPart(workbookPart, budget, deferred);
  const relsName = relsPartOf(workbookPart.name);
  const rels = readRelationships(use(findPart(parts, relsName)), budget, deferred);
  const target = (rel: { target: string }) => findPart(parts, resolveTarget(workbookPart.name, rel.target));
  const byType = (suffix: string) => {
    for (const rel of rels.values()) if (!rel.external && rel.type.endsWith(suffix)) return target(rel);
    return undefined;
  };
  const stylesPart = use(byType("/styles") ?? findPart(parts, "xl/styles.xml"));
  const stringsPart = use(byType("/sharedStrings") ?? findPart(parts, "xl/sharedStrings.xml"));
  const sheetParts = info.sheets.map((s) => {
    const rel = s.relId === undefined ? undefined : rels.get(s.relId);
    // Chart sheets and dialog sheets hold no cells; a sheet whose part is missing is skipped.
    return rel && !rel.external && rel.type.endsWith("/worksheet") ? use(target(rel)) : undefined;
  });
  // Parts never parsed are still inflated and counted, output discarded.
  for (const e of entries) if (!read.has(e)) inflateEntry(e, budget, () => {});
  if (deferred.fault) throw deferred.fault;

  const dateStyles = readDateStyles(stylesPart, budget, deferred);
  const strings = readSharedStrings(stringsPart, budget, deferred);
  if (deferred.fault) throw deferred.fault;
  const ctx = { strings, dateStyles, date1904: info.date1904, timeZone: options.timeZone };
  const sheets = [];
  for (let i = 0; i < info.sheets.length; i++) {
    const part = sheetParts[i];
    if (!part) continue;
    const { grid, fault } = readSheet(part, info.sheets[i].name, info.sheets[i].hidden, ctx, budget);
    if (fault) throw fault;
    sheets.push(grid);
  }
  return { sheets, timeZone: options.timeZone };
}

/** Reads an .xlsx from its bytes; never throws for any input. */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): ReadXlsxResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    return { ok: true, workbook: read(bytes, options, limits) };
  } catch (e) {
    if (e instanceof XlsxFault) return { ok: false, error: e.message, kind: e.kind };
    // Anything else is a workbook this reader does not understand; say so rather than crash.
    const detail = e instanceof Error ? e.message.split("\n")[0].slice(0, 120) : String(e);
    return { ok: false, error: filesText.corrupt(detail), kind: "corrupt" };
  }
}
