// The offline review page, dist/web/index.html: one self-contained file that works opened from
// disk (file://) or from any static host. Its style and script are inlined; exceljs's browser
// build (what `exceljs` resolves to for the browser) is inlined as text that runs only when a
// recap is downloaded. A Content-Security-Policy in the page forbids every request but its own
// inline code and the Blob URLs it makes (the reading worker, exceljs, the download).
import { build, transform } from "esbuild";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

// The project root is this file's parent, unless this file was bundled elsewhere (npm run bench
// bundles its imports into node_modules/.cache): then it is the folder npm runs in.
const here = new URL("..", import.meta.url).pathname;
const ROOT = existsSync(path.join(here, "web", "main.ts")) ? here : process.cwd();

/** Text inlined in a <script> or <style> element must not close it early. */
function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, "gi"), "<\\/$1").replace(/<!--/g, "<\\!--");
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The page's own words (core/i18n/web.ts), for the title and the no-script note. */
async function pageText(root) {
  const out = await build({
    stdin: { contents: 'export { webText } from "./core/i18n/web.ts";', resolveDir: root, loader: "ts" },
    bundle: true, write: false, format: "esm", platform: "node", logLevel: "warning",
  });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
  return mod.webText;
}

/** exceljs's browser build, as its package.json's "browser" field names it. */
async function excelJsBrowserBuild(root) {
  const require = createRequire(path.join(root, "package.json"));
  const pkgFile = require.resolve("exceljs/package.json");
  const pkg = JSON.parse(await readFile(pkgFile, "utf8"));
  if (typeof pkg.browser !== "string") throw new Error("exceljs/package.json names no browser build");
  const file = path.join(path.dirname(pkgFile), pkg.browser);
  const text = await readFile(file, "utf8");
  // A text/plain script ends at the first "</script"; exceljs's build holds none, and must not.
  if (/<\/script|<!--/i.test(text)) throw new Error(`${file} cannot be inlined: it holds "</script" or "<!--"`);
  return { file, text: text.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n") };
}

/**
 * Writes the page to outFile (default dist/web/index.html) and returns the sizes in bytes of the
 * page and of each part inlined in it.
 */
export async function buildWeb({ root = ROOT, outFile = path.join(root, "dist", "web", "index.html"), minify = true } = {}) {
  const [template, css, text, excel, bundled] = await Promise.all([
    readFile(path.join(root, "web", "index.html"), "utf8"),
    readFile(path.join(root, "web", "page.css"), "utf8"),
    pageText(root),
    excelJsBrowserBuild(root),
    build({
      entryPoints: [path.join(root, "web", "main.ts")],
      bundle: true,
      write: false,
      format: "iife",
      platform: "browser",
      // Current Chrome, Edge and Firefox; the same script also runs as the reading worker.
      target: ["chrome100", "edge100", "firefox100"],
      minify,
      legalComments: "none",
      logLevel: "warning",
      // exceljs is only ever a type here: its browser build arrives inlined, not bundled.
      external: ["exceljs"],
    }),
  ]);
  const script = inlineSafe(bundled.outputFiles[0].text.trim(), "script");
  if (/\brequire\(["']exceljs["']\)/.test(script)) throw new Error("web/ imports exceljs at run time: it must stay a type import");
  const style = inlineSafe((await transform(css, { loader: "css", minify })).code.trim(), "style");
  const html = template
    .replace("/*TITLE*/", () => escapeHtml(text.title))
    .replace("/*NOSCRIPT*/", () => escapeHtml(text.noScript))
    .replace("/*STYLE*/", () => style)
    .replace("/*SCRIPT*/", () => script)
    .replace("/*EXCELJS*/", () => excel.text.trim());
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, html);
  const bytes = (s) => Buffer.byteLength(s);
  const total = bytes(html);
  const parts = { script: bytes(script), style: bytes(style), exceljs: bytes(excel.text.trim()) };
  return { outFile, bytes: { total, ...parts, html: total - parts.script - parts.style - parts.exceljs } };
}
