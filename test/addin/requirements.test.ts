// Which Excel runs the add-in (issue 13). The TypeScript checker lists every Office.js member
// addin/ uses and reads its requirement set from @types/office-js ("[Api set: ExcelApi 1.13]");
// the table below must match it, so a new member cannot slip in unnoticed. The manifest declares
// the highest version, and the pane's run-time check (addin/excel/requirements.ts) asks for what
// reading and writing each need.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compareVersions, EXCEL_API, REVIEW_VERSION, unsupportedActions, versionFor } from "../../addin/excel/requirements.js";
import { HOST_ACTIONS, type ActionName } from "../../core/index.js";

const root = path.resolve(new URL("../..", import.meta.url).pathname);

/** Every Office.js member with an ExcelApi set that addin/ uses: interface.member -> version. */
const MEMBERS: Record<string, string> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "ConditionalFormat.custom": "1.6",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatRule.formula": "1.6",
  "ConditionalRangeFill.color": "1.6",
  "ConditionalRangeFont.bold": "1.6",
  "ConditionalRangeFont.color": "1.6",
  "ConditionalRangeFormat.fill": "1.6",
  "ConditionalRangeFormat.font": "1.6",
  "CustomConditionalFormat.format": "1.6",
  "CustomConditionalFormat.rule": "1.6",
  "DataValidation.errorAlert": "1.8",
  "DataValidation.ignoreBlanks": "1.8",
  "DataValidation.rule": "1.8",
  "NamedItem.name": "1.1",
  "NamedItemCollection.add": "1.4",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.paperSize": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.zoom": "1.9",
  "Range.columnCount": "1.1",
  "Range.columnHidden": "1.2",
  "Range.columnIndex": "1.1",
  "Range.conditionalFormats": "1.6",
  "Range.format": "1.1",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.hyperlink": "1.7",
  "Range.merge": "1.2",
  "Range.numberFormat": "1.1",
  "Range.rowCount": "1.1",
  "Range.rowIndex": "1.1",
  "Range.select": "1.1",
  "Range.values": "1.1",
  "RangeAreas.address": "1.9",
  "RangeAreas.dataValidation": "1.9",
  "RangeAreas.format": "1.9",
  "RangeBorder.color": "1.1",
  "RangeBorder.style": "1.1",
  "RangeBorder.weight": "1.1",
  "RangeBorderCollection.getItem": "1.1",
  "RangeFill.color": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.color": "1.1",
  "RangeFont.italic": "1.1",
  "RangeFont.name": "1.1",
  "RangeFont.size": "1.1",
  "RangeFont.underline": "1.1",
  "RangeFormat.autofitRows": "1.2",
  "RangeFormat.borders": "1.1",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.fill": "1.1",
  "RangeFormat.font": "1.1",
  "RangeFormat.horizontalAlignment": "1.1",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFormat.wrapText": "1.1",
  "Workbook.names": "1.1",
  "Workbook.worksheets": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.getRange": "1.1",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getRanges": "1.9",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.name": "1.1",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.tabColor": "1.7",
  // "ExcelApi 1.1 for reading visibility; 1.2 for setting it": the pane only reads it.
  "Worksheet.visibility": "1.1",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetFreezePanes.freezeRows": "1.7",
};

const sourceFiles = (dir: string) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".ts")).map((f) => path.join(root, dir, f));
const FILES = [...sourceFiles("addin/excel"), ...sourceFiles("addin/functions"), ...sourceFiles("addin/taskpane")];

/** Office.js members used per source file, each with the ExcelApi version its documentation states. */
function membersUsed(): Map<string, Map<string, string>> {
  const program = ts.createProgram(FILES, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], types: ["office-js"], strict: true, noEmit: true, skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, Map<string, string>>();
  for (const sf of program.getSourceFiles()) {
    if (!FILES.includes(sf.fileName)) continue;
    const used = new Map<string, string>();
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const d of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          if (!d.getSourceFile().fileName.includes("@types/office-js")) continue;
          const doc = ts.getJSDocCommentsAndTags(d).map((j) => j.getText()).join("\n");
          const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc);
          const owner = ts.isInterfaceDeclaration(d.parent) || ts.isClassDeclaration(d.parent) ? d.parent.name?.text : undefined;
          if (set && owner) used.set(`${owner}.${node.name.text}`, set[1]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    out.set(path.relative(root, sf.fileName), used);
  }
  return out;
}

const highest = (versions: Iterable<string>) => [...versions].sort(compareVersions).at(-1)!;

describe("Excel API requirement sets", () => {
  const used = membersUsed();
  const all = new Map([...used.values()].flatMap((m) => [...m]));
  const partOf = (files: string[]) => highest(files.flatMap((f) => [...(used.get(`addin/excel/${f}`) ?? new Map()).values()]));

  it("are listed above for every Office.js member the add-in uses, as the checker finds them in the source", () => {
    expect(all.size).toBeGreaterThan(50);
    expect(Object.fromEntries([...all].sort())).toEqual(MEMBERS);
  });

  it("are declared by the manifest at the highest version any member needs, beside the shared runtime", () => {
    expect(highest(Object.values(MEMBERS))).toBe("1.13");
    const manifest = readFileSync(path.join(root, "manifests/manifest.xml"), "utf8");
    const sets = /<Requirements>\s*<Sets[^>]*>([\s\S]*?)<\/Sets>/.exec(manifest)![1];
    expect([...sets.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ["SharedRuntime", "1.1"],
      ["ExcelApi", highest(all.values())],
    ]);
  });

  it("are what the pane asks Excel for before it turns on a button: reading 1.13, writing 1.9", () => {
    expect(EXCEL_API.read).toBe(partOf(["read.ts", "address.ts"]));
    expect(EXCEL_API.write).toBe(partOf(["apply.ts", "format.ts", "rules.ts", "blocks.ts", "address.ts"]));
    // Selecting a finding's cell needs less than either.
    expect(compareVersions(partOf(["actions.ts"]), EXCEL_API.write)).toBeLessThanOrEqual(0);
    // "Periksa berkas kiriman…" reads files in the pane and inserts sheets: writing's version.
    expect(REVIEW_VERSION).toBe(EXCEL_API.write);
    expect([...(used.get("addin/excel/review.ts") ?? new Map()).keys()]).toEqual([]);
    expect(partOf(["review.ts", "apply.ts", "format.ts", "rules.ts", "blocks.ts", "address.ts"])).toBe(REVIEW_VERSION);
    for (const name of Object.keys(HOST_ACTIONS) as ActionName[]) {
      expect(versionFor(name), name).toBe(HOST_ACTIONS[name].reads ? EXCEL_API.read : EXCEL_API.write);
    }
  });

  it("turn off only the buttons an older Excel cannot run, naming the version that brings them back", () => {
    const excel = (have: string) => (name: string, version: string) => name !== "ExcelApi" || compareVersions(have, version) >= 0;
    expect(unsupportedActions(excel("1.13"))).toBeNull();
    expect(unsupportedActions(excel("1.12"))).toEqual({
      actions: (Object.keys(HOST_ACTIONS) as ActionName[]).filter((a) => HOST_ACTIONS[a].reads), version: "1.13",
    });
    expect(unsupportedActions(excel("1.8"))).toEqual({ actions: Object.keys(HOST_ACTIONS), version: "1.13" });
    expect(compareVersions("1.13", "1.9")).toBeGreaterThan(0);
  });
});
