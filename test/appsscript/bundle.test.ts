// The built project as Apps Script sees it: top-level functions with JSDoc and real parameters,
// a script that touches no service while loading, the two scopes, nothing fetched from outside.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { functionDocs, SHEET_FUNCTIONS } from "../../core/index.js";
import { entryStub } from "../../scripts/build-appsscript.mjs";
import { builtProject, loadScript, type BuiltProject, type LoadedScript } from "../helpers/gas/sandbox.js";

const ACTIONS = ["SisipkanLampiran", "PerbaruiLampiran", "Periksa", "LaporanBerkala", "Validasi", "SisipkanLke", "HitungNilai"];

/** Every function Apps Script must find, with its parameter count (written here, not read from the registry). */
const SERVER_FUNCTIONS: Record<string, number> = {
  onOpen: 1,
  onInstall: 1,
  ziOpenSidebar: 0,
  ziSidebarInit: 0,
  ziRunAction: 3,
  ziSelectCell: 2,
  ziKeepReviewPiece: 3,
  ziInsertReviewRecaps: 4,
  ...Object.fromEntries(ACTIONS.map((a) => [`ziMenu${a}`, 0])),
};

function jsdocOf(code: string, name: string): { doc: string; params: string[] } | null {
  const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\n(?:^|\\n)?function ${name}\\(([^)]*)\\) \\{`, "m").exec(code);
  return m ? { doc: m[1], params: m[2].split(",").map((p) => p.trim()).filter(Boolean) } : null;
}

describe("the built Code.js", () => {
  let project: BuiltProject;
  let script: LoadedScript;
  beforeAll(async () => {
    project = await builtProject();
    script = await loadScript();
  });

  it("touches no service while loading (custom functions and simple triggers load it too)", () => {
    expect(script.log.calls).toEqual([]);
  });

  it("declares every server and menu function as a top-level global with its parameters and JSDoc", () => {
    for (const [name, count] of Object.entries(SERVER_FUNCTIONS)) {
      const fn = script.fn(name);
      expect(fn.length, name).toBe(count);
      const doc = jsdocOf(project.code, name);
      expect(doc, `JSDoc of ${name}`).not.toBeNull();
      expect(doc!.params).toHaveLength(count);
      expect(doc!.doc.match(/@param /g) ?? []).toHaveLength(count);
      expect(doc!.doc).not.toContain("@customfunction");
    }
  });

  it("declares a ZI_ custom function for every function of the core registry, documented in both languages", () => {
    const names = Object.keys(SHEET_FUNCTIONS);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const key of names) {
      const docs = functionDocs[key];
      const fn = script.fn(`ZI_${key}`);
      expect(fn.length, key).toBe(docs.params.length);
      const doc = jsdocOf(project.code, `ZI_${key}`);
      expect(doc, `JSDoc of ZI_${key}`).not.toBeNull();
      expect(doc!.doc).toContain("@customfunction");
      expect(doc!.doc).toContain(docs.description.id);
      expect(doc!.doc).toContain(docs.description.en);
      docs.params.forEach((p, i) => {
        expect(doc!.params[i]).toBe(p.name.replace(/[^A-Za-z0-9_$]/g, "_"));
        expect(doc!.doc).toContain(p.description.id);
      });
    }
  });

  it("has no other top-level functions than the registry's stubs, each calling into the bundle", () => {
    const declared = [...project.code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
    const expected = [...Object.keys(SERVER_FUNCTIONS), ...Object.keys(SHEET_FUNCTIONS).map((k) => `ZI_${k}`)];
    expect(declared.sort()).toEqual(expected.sort());
    for (const name of declared) expect(project.code).toContain(`return ZI.entry.${name}(`);
  });

  it("refuses to build a stub for a registry function without documentation", () => {
    const undocumented = { name: "ZI_BARU", description: [], params: [], customFunction: true, documented: false };
    expect(() => entryStub(undocumented)).toThrow(/functionDocs/);
    const stub = entryStub({ ...undocumented, documented: true, description: ["x */ y"], params: [{ name: "a", type: "*", description: "d" }] });
    expect(stub).toContain("x *\\/ y");
    expect(stub).toMatch(/^function ZI_BARU\(a\) \{$/m);
  });

  it("makes no request outside the spreadsheet: no fetch, no external URL, no other service", () => {
    for (const service of ["UrlFetchApp", "DriveApp", "GmailApp", "ScriptApp", "PropertiesService", "XMLHttpRequest", "fetch("]) {
      expect(project.code, service).not.toContain(service);
    }
    expect(project.sidebar).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=/i);
    for (const request of ["fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource"]) expect(project.sidebar, request).not.toContain(request);
    // No address at all: the .xlsx reader's tokenizer names no namespace either.
    const urls = [...new Set(project.sidebar.match(/https?:\/\/[^"'`\s)]*/g) ?? [])].sort();
    expect(urls).toEqual([]);
  });

  it("keeps the sidebar's results in the user's cache only: no other cache, no properties, no Drive", () => {
    expect(project.code).toContain("CacheService.getUserCache()");
    expect(project.code).not.toMatch(/getScriptCache|getDocumentCache|PropertiesService|DriveApp/);
  });
});

describe("the pushable project", () => {
  it("asks for exactly the two scopes, on V8, in Asia/Jakarta", async () => {
    const { manifest } = await builtProject();
    const parsed = JSON.parse(manifest);
    expect(parsed.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
    expect(parsed.runtimeVersion).toBe("V8");
    expect(parsed.timeZone).toBe("Asia/Jakarta");
    expect(parsed.urlFetchWhitelist ?? []).toEqual([]);
    expect(manifest).toBe(readFileSync(new URL("../../appsscript/appsscript.json", import.meta.url), "utf8"));
  });

  it("inlines the sidebar's CSS and script, and no inlined text closes its element early", async () => {
    const { sidebar } = await builtProject();
    const style = /<style>([\s\S]*?)<\/style>/.exec(sidebar);
    const script = /<script>([\s\S]*?)<\/script>/.exec(sidebar);
    expect(style?.[1].length).toBeGreaterThan(500);
    expect(script?.[1].length).toBeGreaterThan(2000);
    expect(sidebar.match(/<script/g)).toHaveLength(1);
    expect(sidebar.match(/<\/script/g)).toHaveLength(1);
    expect(sidebar).not.toContain("/*STYLE*/");
    expect(sidebar).not.toContain("/*SCRIPT*/");
  });

  it("is pushed from dist/appsscript by npm run push:gas", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(pkg.scripts["push:gas"]).toMatch(/scripts\/build\.mjs && clasp push$/);
    const clasp = JSON.parse(readFileSync(new URL("../../.clasp.json.example", import.meta.url), "utf8"));
    expect(clasp.rootDir).toBe("dist/appsscript");
  });
});
