// readXlsx on workbooks written by hand, part by part: what other writers do that exceljs never
// does (cells without r, shared formulas, inline strings, the 1904 system, absolute targets,
// prefixed XML), and zips built to break it.
import path from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";
import { nodeInflateRaw } from "../../cli/xlsx/files.js";
import {
  filesText, instantFromWallClock, isDateFormatCode, MAX_EXPANDED_BYTES, readXlsx, shiftFormula, type RawInflate, type WorkbookGrids,
} from "../../core/index.js";

const TZ = "Asia/Jakarta";
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Book {
  sheets: { name: string; xml: string; state?: string; target?: string }[];
  strings?: string[];
  styles?: string;
  workbookPr?: string;
  extra?: Zippable;
}

function xlsx(book: Book): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "_rels/.rels": strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<workbook ${NS}>${book.workbookPr ?? ""}<sheets>${book.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rS${i}"${s.state ? ` state="${s.state}"` : ""}/>`).join("")}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships>${book.sheets
      .map((s, i) => `<Relationship Id="rS${i}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join("")}
      <Relationship Id="rSt" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rSS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    "xl/styles.xml": strToU8(book.styles ?? `<styleSheet ${NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}>${(book.strings ?? []).join("")}</sst>`),
    ...book.extra,
  };
  book.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    files[target.startsWith("/") ? target.slice(1) : path.posix.normalize(`xl/${target}`)] = strToU8(s.xml);
  });
  return zipSync(files);
}

const sheet = (rows: string, tail = "") => `<worksheet ${NS}><sheetData>${rows}</sheetData>${tail}</worksheet>`;

function read(bytes: Uint8Array): WorkbookGrids {
  const r = readXlsx(bytes, { timeZone: TZ });
  if (!r.ok) throw new Error(r.error);
  return r.workbook;
}

describe("readXlsx, cell by cell", () => {
  it("places cells without r after the previous cell and rows without r after the previous row", () => {
    const wb = read(xlsx({ sheets: [{ name: "A", xml: sheet('<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c t="b"><v>1</v></c></row><row r="5"><c><v>5</v></c></row>') }] }));
    expect(wb.sheets[0].values).toEqual([[1, null, 3, 4], [true], [], [], [5]]);
  });

  it("reads shared and inline strings, rich text, phonetic guides left out, escapes and errors", () => {
    const wb = read(xlsx({
      strings: ["<si><t>polos</t></si>", "<si><r><t>Te</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">bal </t></r><rPh><t>x</t></rPh></si>", "<si><t>a_x000D_b</t></si>"],
      sheets: [{ name: "A", xml: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>di &amp; sel</t></is></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1" t="str"><v>&lt;b&gt;</v></c></row>') }],
    }));
    expect(wb.sheets[0].values[0]).toEqual(["polos", "Tebal ", "a\rb", "di & sel", "#REF!", "<b>"]);
  });

  it("turns date-formatted numbers into instants, in the 1900 and the 1904 systems, and leaves time-only formats numbers", () => {
    const styles = `<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/><numFmt numFmtId="166" formatCode="0.00&quot; hari&quot;"/></numFmts>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs></styleSheet>`;
    const row = '<row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="3"><v>46112</v></c><c r="D1" s="4"><v>46112.75</v></c><c r="E1" s="1"><f>A1+1</f><v>46113</v></c></row>';
    const d1900 = read(xlsx({ styles, sheets: [{ name: "A", xml: sheet(row) }] })).sheets[0];
    expect(d1900.values[0]).toEqual([
      instantFromWallClock(2026, 3, 31, 0, 0, 0, TZ), 1.5, 46112, instantFromWallClock(2026, 3, 31, 18, 0, 0, TZ), instantFromWallClock(2026, 4, 1, 0, 0, 0, TZ),
    ]);
    expect(d1900.formulas?.[0][4]).toBe("=A1+1");
    const d1904 = read(xlsx({ styles, workbookPr: '<workbookPr date1904="1"/>', sheets: [{ name: "A", xml: sheet(row) }] })).sheets[0];
    expect(d1904.values[0][0]).toEqual(instantFromWallClock(2030, 4, 1, 0, 0, 0, TZ));
  });

  it("gives each cell of a shared formula its own text and its cached value", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c></row><row r="3"><c r="B3"><f t="shared" si="0"/><v>1</v></c></row>');
    const g = read(xlsx({ sheets: [{ name: "A", xml }] })).sheets[0];
    expect(g.values.map((r) => r[1])).toEqual([3, 5, 1]);
    expect(g.formulas?.map((r) => r[1])).toEqual(["=A1*2+$A$1", "=A2*2+$A$1", "=A3*2+$A$1"]);
  });

  it("keeps only the top-left value of a merge and reaches the merge's last row", () => {
    const g = read(xlsx({ sheets: [{ name: "A", xml: sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>NO</t></is></c><c r="B1"><v>9</v></c></row>', '<mergeCells count="1"><mergeCell ref="B4:A1"/></mergeCells>') }] })).sheets[0];
    expect(g.values).toEqual([["NO"], [], [], []]);
    expect(g.merges).toEqual(["A1:B4"]);
  });

  it("follows workbook order, relative and absolute targets, and hidden and very hidden states", () => {
    const one = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const wb = read(xlsx({
      sheets: [
        { name: "Kedua", xml: one, target: "/xl/data/kedua.xml", state: "veryHidden" },
        { name: "Pertama", xml: one, target: "../xl/worksheets/x.xml" },
        { name: "Ketiga", xml: one, state: "hidden" },
      ],
    }));
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([["Kedua", true], ["Pertama", false], ["Ketiga", true]]);
  });

  it("reads XML written with namespace prefixes", () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(read(xlsx({ sheets: [{ name: "A", xml }] })).sheets[0].values).toEqual([[null, 7]]);
  });
});

/** Every part's declared size set to `size`, in the central directory and in its local header. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

// The browser and the hosts inflate with fflate; zi lends Node's zlib for small parts. Both must
// refuse alike, and a part larger than it declares must fall back to the counted stream with either.
describe.each([
  ["fflate", undefined],
  ["Node's zlib (zi)", nodeInflateRaw],
] as [string, RawInflate | undefined][])("readXlsx with %s refuses what it cannot read, with the same messages as every host", (_, inflateRaw) => {
  const good = () => ({ sheets: [{ name: "A", xml: sheet('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
  const readXlsxWith = (bytes: Uint8Array, options: Parameters<typeof readXlsx>[1]) => readXlsx(bytes, { ...options, inflateRaw });

  it("names broken XML and a zip without a workbook", () => {
    const broken = readXlsxWith(xlsx({ sheets: [{ name: "A", xml: "<worksheet><sheetData><row>" }] }), { timeZone: TZ });
    expect(broken).toMatchObject({ ok: false, kind: "corrupt" });
    expect(!broken.ok && broken.error).toBe(filesText.corrupt(filesText.zipDetail.partInvalid("xl/worksheets/sheet1.xml")));
    expect(readXlsxWith(zipSync({ "a.txt": strToU8("x") }), { timeZone: TZ })).toEqual({ ok: false, kind: "notWorkbook", error: filesText.notXlsx });
  });

  it("stops a sheet that lies about its size while inflating it, before its XML is even judged", () => {
    const bytes = xlsx({ ...good(), extra: {} });
    const limits = { maxExpandedBytes: 2 * 2 ** 20 };
    const bomb = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8(`<workbook ${NS}><sheets><sheet name="A" sheetId="1" r:id="r1"/></sheets></workbook>`),
      "xl/_rels/workbook.xml.rels": strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      "xl/worksheets/sheet1.xml": new Uint8Array(3 * 2 ** 20).fill(0x3c),
    }, { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    // Every part declares 1 kB.
    expect(readXlsxWith(declareSize(bomb, 1024), { timeZone: TZ, limits })).toEqual({ ok: false, kind: "expandsTooMuch", error: filesText.expandsTooMuch(2) });
    expect(readXlsxWith(bytes, { timeZone: TZ, limits }).ok).toBe(true);
    expect(MAX_EXPANDED_BYTES).toBe(320 * 2 ** 20);
  });

  it("reads a part larger than it declares in full, counted as it streams", () => {
    const rows = Array.from({ length: 400 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join("");
    const bytes = xlsx({ sheets: [{ name: "A", xml: sheet(rows) }] });
    const told = readXlsxWith(declareSize(bytes, 16), { timeZone: TZ });
    expect(told).toEqual(readXlsx(bytes, { timeZone: TZ }));
    expect(told.ok && told.workbook.sheets[0].values[399][0]).toBe(399);
  });

  it("names a part cut short and a part compressed in a way no workbook is", () => {
    const bytes = xlsx(good());
    // The first part's compressed bytes damaged: inflating fails.
    const damaged = bytes.slice();
    const dataStart = 30 + "[Content_Types].xml".length;
    damaged.fill(0xff, dataStart, dataStart + 4);
    const r = readXlsxWith(damaged, { timeZone: TZ });
    expect(r).toMatchObject({ ok: false, kind: "corrupt" });
    const stored = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") }, { level: 0 });
    const view = new DataView(stored.buffer);
    // Method 12 (bzip2) in the central directory entry of the first part.
    for (let i = stored.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 10, 12, true);
    }
    expect(readXlsxWith(stored, { timeZone: TZ })).toEqual({ ok: false, kind: "notWorkbook", error: filesText.notXlsx });
  });

  it("refuses a file over the size limit and empty bytes", () => {
    expect(readXlsxWith(new Uint8Array(0), { timeZone: TZ })).toEqual({ ok: false, kind: "empty", error: filesText.empty });
    expect(readXlsxWith(xlsx(good()), { timeZone: TZ, limits: { maxFileBytes: 100 } })).toMatchObject({ ok: false, kind: "tooLarge" });
  });
});

describe("number formats and shared formula texts", () => {
  it("tells date formats from time, elapsed and number formats", () => {
    for (const f of ["dd/mm/yyyy", "d mmmm yyyy", "mmm-yy", "[$-421]dddd, dd mmmm yyyy", "yyyy-mm-dd hh:mm", "DD.MM.YYYY", "mmmm"]) expect(isDateFormatCode(f), f).toBe(true);
    for (const f of ["General", "0.00", "#,##0", "h:mm", "hh:mm:ss", "[h]:mm:ss", "mm:ss", "0\"d\"", "0 \\d", "@", "0.00E+00", "h:mm AM/PM", "[Red]0"]) expect(isDateFormatCode(f), f).toBe(false);
  });

  it("moves relative references only, never inside quotes, and marks references off the sheet", () => {
    expect(shiftFormula("A1+$B$2+B$3+$C4", 1, 1)).toBe("B2+$B$2+C$3+$C5");
    expect(shiftFormula("IF(A1=\"A1\",'Sheet A1'!A1,LOG10(A1))", 2, 0)).toBe("IF(A3=\"A1\",'Sheet A1'!A3,LOG10(A3))");
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });
});
