// The XML manifest, checked offline: office-addin-manifest reads it, every address and icon it
// names is a file of the built dist/addin, the shared runtime is wired the way Excel needs it,
// and ZI_BASE_URL moves every address to the production host.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { beforeAll, describe, expect, it } from "vitest";
import { DEV_BASE_URL, productionBaseUrl } from "../../scripts/build-addin.mjs";
import { builtAddin, PRODUCTION_BASE_URL } from "../helpers/addin/build.js";

const devPath = new URL("../../manifests/manifest.xml", import.meta.url).pathname;
const dev = readFileSync(devPath, "utf8");
let outDir = "";
let prodPath = "";

beforeAll(async () => {
  ({ outDir, manifest: prodPath } = await builtAddin());
});

const urlsOf = (xml: string) => [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
const resourceUrl = (xml: string, id: string) => new RegExp(`<bt:(?:Url|Image) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(xml)?.[1];

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("manifests/manifest.xml", () => {
  it("is read by office-addin-manifest as an Excel task pane add-in, Indonesian first", async () => {
    const info = await OfficeAddinManifest.readManifestFile(devPath);
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      defaultLocale: "id-ID",
      permissions: "ReadWriteDocument",
      hosts: ["Workbook"],
      displayName: "Zona Integritas",
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(dev).toMatch(/<Override Locale="en-US" Value="[^"]+"\/>/);
  });

  it("names only addresses under https://localhost:3000, each a file of the built dist/addin", () => {
    const urls = urlsOf(dev);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_BASE_URL}/`), url).toBe(true);
      const file = path.join(outDir, url.slice(DEV_BASE_URL.length + 1));
      expect(existsSync(file), `${url} -> ${file}`).toBe(true);
    }
  });

  it("names icons that are PNG files of their stated size", () => {
    for (const m of dev.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g)) {
      const file = path.join(outDir, m[2].slice(DEV_BASE_URL.length + 1));
      expect(pngSize(file)).toEqual({ width: Number(m[1]), height: Number(m[1]) });
    }
    for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
      const url = new RegExp(`<${tag} DefaultValue="([^"]+)"`).exec(dev)![1];
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(path.join(outDir, url.slice(DEV_BASE_URL.length + 1)))).toEqual({ width: size, height: size });
    }
  });

  it("runs the pane and the ZI functions in one long-lived shared runtime, opened from the Home tab", () => {
    expect(dev).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    const runtime = /<Runtime resid="([^"]+)" lifetime="long"\/>/.exec(dev)![1];
    expect(resourceUrl(dev, runtime)).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(new RegExp(`<Page>\\s*<SourceLocation resid="${runtime}"/>`).test(dev)).toBe(true);
    expect(dev).toContain(`<FunctionFile resid="${runtime}"/>`);
    expect(new RegExp(`<Action xsi:type="ShowTaskpane">[\\s\\S]*?<SourceLocation resid="${runtime}"/>`).test(dev)).toBe(true);
    expect(dev).toContain('<OfficeTab id="TabHome">');
    const ns = /<Namespace resid="([^"]+)"\/>/.exec(dev)![1];
    expect(dev).toContain(`<bt:String id="${ns}" DefaultValue="ZI"/>`);
    const script = /<Script>\s*<SourceLocation resid="([^"]+)"\/>/.exec(dev)![1];
    expect(resourceUrl(dev, script)).toBe(`${DEV_BASE_URL}/functions.js`);
    const metadata = /<Metadata>\s*<SourceLocation resid="([^"]+)"\/>/.exec(dev)![1];
    expect(resourceUrl(dev, metadata)).toBe(`${DEV_BASE_URL}/functions.json`);
    expect(dev).toContain(`<bt:Override Locale="en-US" Value="${DEV_BASE_URL}/functions.en-US.json"/>`);
  });

  it("defines every resource it refers to", () => {
    const defined = new Set([...dev.matchAll(/<bt:(?:Url|Image|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of dev.matchAll(/resid="([^"]+)"/g)) expect(defined.has(m[1]), m[1]).toBe(true);
  });

  it("is loaded by the built taskpane.html, which loads office.js, functions.js and taskpane.js", () => {
    const html = readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.slice(1).map((s) => s.replace(/\?v=[0-9a-f]+$/, ""))).toEqual(["functions.js", "taskpane.js"]);
    expect(scripts.filter((s) => /^https?:/.test(s))).toHaveLength(1);
  });
});

describe("the production manifest (ZI_BASE_URL)", () => {
  it("carries the production address everywhere the dev manifest has localhost", async () => {
    const prod = readFileSync(prodPath, "utf8");
    expect(prod).not.toContain("localhost");
    const urls = urlsOf(prod);
    expect(urls).toHaveLength(urlsOf(dev).length);
    for (const url of urls) {
      expect(url.startsWith(`${PRODUCTION_BASE_URL}/`), url).toBe(true);
      expect(existsSync(path.join(outDir, url.slice(PRODUCTION_BASE_URL.length + 1))), url).toBe(true);
    }
    const info = await OfficeAddinManifest.readManifestFile(prodPath);
    expect(info.defaultSettings?.sourceLocation).toBe(`${PRODUCTION_BASE_URL}/taskpane.html`);
    expect(prod.replaceAll(PRODUCTION_BASE_URL, DEV_BASE_URL)).toBe(dev);
  });

  it("refuses an address Office would not load, saying why in Indonesian", () => {
    expect(productionBaseUrl("https://zi.example.go.id/addin/")).toBe("https://zi.example.go.id/addin");
    for (const bad of ["http://zi.example.go.id", "https://x.go.id/?a=1", "zi.example.go.id", 'https://x.go.id/"><x']) {
      expect(() => productionBaseUrl(bad)).toThrow(/ZI_BASE_URL .* https:\/\//);
    }
  });
});
