// The central directory of an .xlsx (a zip): which parts it holds, where their bytes are and how
// they are compressed. Nothing is inflated here; sizes are only as declared.

import { filesText } from "../i18n/files.js";
import { XlsxFault } from "./fault.js";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Declared uncompressed size: a hint only, a hostile zip may lie. */
  size: number;
  /** The compressed bytes. */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Part names are ASCII in practice; any other byte is kept as Latin-1, which keeps names distinct. */
function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function truncated(detail: string): XlsxFault {
  return new XlsxFault("corrupt", filesText.corrupt(detail));
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

function localData(bytes: Uint8Array, view: DataView, name: string, offset: number, compressedSize: number): Uint8Array {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL) throw truncated(filesText.zipDetail.partCut(name));
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  const end = start + compressedSize;
  if (end > bytes.length) throw truncated(filesText.zipDetail.partCut(name));
  return bytes.subarray(start, end);
}

/** The parts of a zip in directory order; throws an XlsxFault for a cut or broken directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw truncated(filesText.zipDetail.noEnd);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const z = u64(view, eocd - 20 + 8);
    if (z + 56 > bytes.length || view.getUint32(z, true) !== ZIP64_EOCD) throw truncated(filesText.zipDetail.zip64Broken);
    count = u64(view, z + 32);
    offset = u64(view, z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw truncated(filesText.zipDetail.directoryCut);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > bytes.length) throw truncated(filesText.zipDetail.directoryCut);
    const name = latin1(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 sizes live in the extra field when the 32-bit ones are saturated.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd && e + 4 <= bytes.length) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const take = () => {
          const v = q + 8 <= bytes.length ? u64(view, q) : 0;
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      e += 4 + len;
    }
    entries.push({ name, method, size, data: localData(bytes, view, name, localOffset, compressedSize) });
    p = extraEnd + commentLen;
  }
  return entries;
}
