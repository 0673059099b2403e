// A written .xlsx as plain data, to compare two workbooks cell for cell: what the offline page
// downloads against what zi writes for the same files.
import ExcelJS from "exceljs";

interface SheetDump {
  name: string;
  cells: Record<string, { value: unknown; style: unknown }>;
  merges: string[];
  widths: (number | undefined)[];
  hidden: (boolean | undefined)[];
  pageSetup: unknown;
  views: unknown;
  conditional: unknown;
}

/** Every cell (value, hyperlink, style, number format), merge, width and print setting of a workbook. */
export async function dump(bytes: Buffer): Promise<SheetDump[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: SheetDump["cells"] = {};
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => {
      cells[c.address] = { value: c.value, style: c.style };
    }));
    return {
      name: ws.name,
      cells,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      widths: ws.columns.map((c) => c.width),
      hidden: ws.columns.map((c) => c.hidden),
      pageSetup: ws.pageSetup,
      views: ws.views,
      conditional: ws.conditionalFormattings,
    };
  });
}
