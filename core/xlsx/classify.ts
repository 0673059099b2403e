// What a file is when it is not a zip (every .xlsx is one), told from its first bytes, so each host
// names an encrypted workbook, an old .xls or a CSV the same way.

import { filesText } from "../i18n/files.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

/** OLE directory entries name their streams in UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The message for bytes that are not a zip. */
export function classifyNonZip(bytes: Uint8Array): string {
  if (bytes.length === 0) return filesText.empty;
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted OOXML workbook carries an EncryptedPackage stream, an old .xls a Workbook (or Book) stream.
    if (containsUtf16(bytes, "EncryptedPackage")) return filesText.encrypted;
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return filesText.legacyXls;
    return filesText.encryptedOrXls;
  }
  // Text with separators and no control bytes reads as CSV. Only ASCII matters for the test, so
  // the head is looked at byte by byte (a UTF-8 sequence cut at the end changes nothing).
  const head = bytes.subarray(0, 2048);
  let separator = false;
  for (const b of head) {
    if (b <= 0x08 || (b >= 0x0e && b <= 0x1f)) return filesText.notXlsx;
    if (b === 0x2c || b === 0x3b || b === 0x09) separator = true;
  }
  return separator ? filesText.csv : filesText.notXlsx;
}
