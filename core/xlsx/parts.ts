// The workbook-level parts: where each sheet lives (workbook.xml + its relationships), which cell
// styles show dates (styles.xml) and the shared strings. Each is streamed like a sheet.

import { XlsxFault } from "./fault.js";
import type { InflateBudget } from "./inflate.js";
import { isDateFormat } from "./numfmt.js";
import { streamXml, type Attributes } from "./xml.js";
import type { ZipEntry } from "./zip.js";

/** Zip part names are case-insensitive (OPC); lookups go through lower case. */
export type PartMap = ReadonlyMap<string, ZipEntry>;

export function partMap(entries: ZipEntry[]): PartMap {
  const map = new Map<string, ZipEntry>();
  for (const e of entries) if (!map.has(e.name.toLowerCase())) map.set(e.name.toLowerCase(), e);
  return map;
}

export function findPart(parts: PartMap, name: string): ZipEntry | undefined {
  return parts.get(name.toLowerCase());
}

/** A relationship target made into a part name: relative to the source part's folder, or absolute. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A target that is not valid percent-encoding is used as written.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Attributes like r:id come with whatever prefix the writer chose. */
function attr(attributes: Attributes, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const key in attributes) if (key.endsWith(`:${local}`)) return attributes[key];
  return undefined;
}

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

type Deferred = { fault: XlsxFault | null };

function keep(deferred: Deferred, fault: XlsxFault | null): void {
  if (fault && !deferred.fault) deferred.fault = fault;
}

export function readRelationships(entry: ZipEntry | undefined, budget: InflateBudget, deferred: Deferred): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  keep(deferred, streamXml(entry, budget, {
    open(name, a) {
      if (name !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      rels.set(a.Id, { type: a.Type ?? "", target: a.Target, external: a.TargetMode === "External" });
    },
  }));
  return rels;
}

export interface SheetRef {
  name: string;
  hidden: boolean;
  relId: string | undefined;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
}

export function readWorkbookPart(entry: ZipEntry, budget: InflateBudget, deferred: Deferred): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  keep(deferred, streamXml(entry, budget, {
    open(name, a) {
      if (name === "workbookPr") info.date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet") {
        const state = a.state;
        info.sheets.push({ name: a.name ?? "", hidden: state === "hidden" || state === "veryHidden", relId: attr(a, "id") });
      }
    },
  }));
  return info;
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
export function readDateStyles(entry: ZipEntry | undefined, budget: InflateBudget, deferred: Deferred): boolean[] {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  keep(deferred, streamXml(entry, budget, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  }));
  return xfFormats.map((id) => isDateFormat(id, custom));
}

/** Excel escapes characters XML cannot hold as _xHHHH_. */
export function decodeEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Shared strings in order; rich text runs joined, phonetic guides (rPh) left out. */
export function readSharedStrings(entry: ZipEntry | undefined, budget: InflateBudget, deferred: Deferred): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  keep(deferred, streamXml(entry, budget, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(decodeEscapes(current));
    },
  }));
  return strings;
}
