import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { gridFromWorksheet } from "../helpers/exceljs-grid.js";

async function reload(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb.worksheets[0];
}

describe("gridFromWorksheet", () => {
  it("keeps cached formula results of 0 and FALSE", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nilai");
    ws.getCell("A1").value = { formula: "1-1", result: 7 } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { formula: "1>2", result: true } as ExcelJS.CellFormulaValue;
    // exceljs cannot write those results itself; this is what Excel or LibreOffice save.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const xml = (await zip.file("xl/worksheets/sheet1.xml")!.async("string"))
      .replace("<f>1-1</f><v>7</v>", "<f>1-1</f><v>0</v>")
      .replace("<f>1&gt;2</f><v>1</v>", "<f>1&gt;2</f><v>0</v>");
    expect(xml).toContain("<f>1-1</f><v>0</v>");
    zip.file("xl/worksheets/sheet1.xml", xml);
    const grid = gridFromWorksheet(await reload(await zip.generateAsync({ type: "nodebuffer" })), "Asia/Jakarta");
    expect(grid.values[0][0]).toBe(0);
    expect(grid.formulas?.[0][0]).toBe("=1-1");
    expect(grid.values[0][2]).toBe(false);
  });

  it("gives merged cells their value only in the top-left cell, and reads rich text, links and errors", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rencana");
    ws.getCell("A1").value = "NO";
    ws.mergeCells("A1:A3");
    ws.getCell("B1").value = { richText: [{ text: "Pengendalian " }, { text: "Gratifikasi", font: { bold: true } }] };
    ws.getCell("C1").value = { text: "bukti", hyperlink: "https://contoh.go.id" };
    ws.getCell("D1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const grid = gridFromWorksheet(await reload(await wb.xlsx.writeBuffer()), "Asia/Jakarta");
    expect(grid.values[0].slice(0, 4)).toEqual(["NO", "Pengendalian Gratifikasi", "bukti", "#REF!"]);
    expect(grid.values[1]?.[0] ?? null).toBeNull();
    expect(grid.merges).toEqual(["A1:A3"]);
  });
});
