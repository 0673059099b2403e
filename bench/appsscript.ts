import vm from "node:vm";
import { HOST_ACTIONS, LAMPIRAN_I, uiText, type ActionName, type Catalog } from "../core/index.js";
import { scaleCatalog } from "../test/helpers/catalog.js";
import { builtProject, loadScript } from "../test/helpers/gas/sandbox.js";
import { fmt, medianMs, type BenchRow, type BenchSuite } from "./types.js";

const ACTIONS = Object.keys(uiText.buttons) as ActionName[];
const FORM = { agency: "Dinas Bench", year: 2026, predicate: "WBK", team: [{ name: "Ketua", nip: "1", position: "Sekretaris" }] };

/**
 * Service and builder calls of one sidebar action, on a spreadsheet that already holds a plan
 * (except for inserting one) and an LKE for Hitung nilai: the set-up of test/appsscript/budget.test.ts.
 */
async function callsFor(action: ActionName, catalog: Catalog): Promise<{ service: number; builders: number }> {
  const script = await loadScript();
  const run = script.global.ZI.internal.runAction;
  if (action !== "sisipkanLampiran") run("sisipkanLampiran", script.inRealm(FORM), null, { catalog });
  if (action === "hitungNilai") run("sisipkanLke", script.inRealm(FORM), null, { catalog });
  script.log.reset();
  run(action, script.inRealm(FORM), null, { catalog });
  return { service: script.log.serviceCalls.length, builders: script.log.builderCalls.length };
}

const kb = (bytes: number) => `${fmt(bytes / 1024)} KiB`;

export const appsScriptSuite: BenchSuite = {
  name: "appsscript",
  async run() {
    const project = await builtProject();
    const rows: BenchRow[] = [
      { area: "gas", measure: "Code.js (bundle + stubs)", value: kb(Buffer.byteLength(project.code)), how: "bytes written by npm run build (esbuild --minify, ES2019), stubs not minified" },
      { area: "gas", measure: "Sidebar.html (CSS and script inlined)", value: kb(Buffer.byteLength(project.sidebar)), how: "bytes written by npm run build (esbuild --minify)" },
    ];
    const load = await medianMs(20, () => vm.runInContext(project.code, vm.createContext({})));
    rows.push({ area: "gas", measure: "Code.js evaluation (each custom function call pays it)", value: `${fmt(load)} ms`, how: "median of 20 node:vm evaluations after a warm-up; Apps Script's own start-up is not measurable here" });
    const large = scaleCatalog(LAMPIRAN_I, 10);
    for (const action of ACTIONS) {
      if (!HOST_ACTIONS[action]) {
        rows.push({ area: "gas", measure: `service calls: ${uiText.buttons[action]}`, value: "n/a", how: "action not in HOST_ACTIONS yet" });
        continue;
      }
      const a = await callsFor(action, LAMPIRAN_I);
      const b = await callsFor(action, large);
      rows.push({
        area: "gas",
        measure: `service calls: ${uiText.buttons[action]} (Lampiran I / 10x catalog)`,
        value: `${a.service} / ${b.service} (+ ${a.builders} / ${b.builders} builder)`,
        how: "calls on Spreadsheet, Sheet, Range, RangeList and Ui recorded by the fakes of test/helpers/gas around the built Code.js, spreadsheet holding a plan (and an LKE for Hitung nilai); builder calls (newDataValidation, newTextStyle, newRichTextValue... in memory) apart; budget 60 (test/appsscript/budget.test.ts)",
      });
    }
    return rows;
  },
};
