// A look inside an .xlsx (a zip) before exceljs opens it: a truncated file, a zip that is not a
// workbook, or one that expands to far more than its size (a zip bomb) is refused with a clear
// message instead of exhausting memory. Sizes are checked as declared AND as inflated, since a
// hostile zip may declare small sizes and expand to gigabytes.

import { inflateRawSync } from "node:zlib";

/** Refuse workbooks larger than this on disk. */
export const MAX_FILE_BYTES = 64 * 2 ** 20;
/** Refuse workbooks whose parts expand to more than this in total. */
export const MAX_EXPANDED_BYTES = 320 * 2 ** 20;

export type ZipProblem =
  | { kind: "truncated"; detail: string }
  | { kind: "notWorkbook" }
  | { kind: "tooLarge"; bytes: number }
  | { kind: "expandsTooMuch" };

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function readNumber(buf: Buffer, at: number, bytes: 4 | 8): number {
  return bytes === 4 ? buf.readUInt32LE(at) : Number(buf.readBigUInt64LE(at));
}

function centralDirectory(buf: Buffer): { entries: Entry[] } | ZipProblem {
  const eocd = findEocd(buf);
  if (eocd < 0) return { kind: "truncated", detail: "akhir arsip zip tidak ada" };
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const z = readNumber(buf, eocd - 20 + 8, 8);
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== ZIP64_EOCD) return { kind: "truncated", detail: "direktori zip64 rusak" };
    count = readNumber(buf, z + 32, 8);
    offset = readNumber(buf, z + 48, 8);
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { kind: "truncated", detail: "direktori zip terpotong" };
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // ZIP64 sizes live in the extra field when the 32-bit ones are saturated.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd && e + 4 <= buf.length) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) { size = readNumber(buf, q, 8); q += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = readNumber(buf, q, 8); q += 8; }
        if (localOffset === 0xffffffff) localOffset = readNumber(buf, q, 8);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p = extraEnd + commentLen;
  }
  return { entries };
}

function entryData(buf: Buffer, entry: Entry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  return end <= buf.length ? buf.subarray(start, end) : null;
}

/** Null when the bytes are a readable workbook zip within the limits; else what is wrong. */
export function inspectXlsxZip(buf: Buffer): ZipProblem | null {
  if (buf.length > MAX_FILE_BYTES) return { kind: "tooLarge", bytes: buf.length };
  const dir = centralDirectory(buf);
  if ("kind" in dir) return dir;
  const names = new Set(dir.entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || ![...names].some((n) => /^xl\/workbook\d*\.xml$/.test(n))) return { kind: "notWorkbook" };
  let declared = 0;
  for (const e of dir.entries) declared += e.size;
  if (declared > MAX_EXPANDED_BYTES) return { kind: "expandsTooMuch" };
  let budget = MAX_EXPANDED_BYTES;
  for (const e of dir.entries) {
    const data = entryData(buf, e);
    if (!data) return { kind: "truncated", detail: `bagian ${e.name} terpotong` };
    if (e.method === 0) {
      budget -= data.length;
    } else if (e.method === 8) {
      if (budget <= 0) return { kind: "expandsTooMuch" };
      try {
        budget -= inflateRawSync(data, { maxOutputLength: budget }).length;
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { kind: "expandsTooMuch" };
        return { kind: "truncated", detail: `bagian ${e.name} tidak dapat dibuka` };
      }
    } else {
      return { kind: "notWorkbook" };
    }
    if (budget < 0) return { kind: "expandsTooMuch" };
  }
  return null;
}
