// Builds the Excel add-in into dist/addin: taskpane.html/.js/.css, functions.js with
// functions.json (id-ID) and functions.en-US.json, the help page and the icons. With
// ZI_BASE_URL=https://host/path it also writes dist/manifest.xml pointing at that address.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildFunctions } from "./build-addin-functions.mjs";
import { drawIcon, ICON_SIZES } from "./build-addin-icons.mjs";

const ROOT = path.resolve(new URL("..", import.meta.url).pathname);
export const DEV_BASE_URL = "https://localhost:3000";

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The base URL a production manifest points at; refuses what Office would not load. */
export function productionBaseUrl(value) {
  const url = String(value).trim().replace(/\/+$/, "");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== "https:" || parsed.search || parsed.hash || /["'<>&\s]/.test(url)) {
    throw new Error(`ZI_BASE_URL "${value}" tidak dapat dipakai: Office hanya memuat add-in dari alamat https:// tanpa ? atau #, mis. https://zi.bekasikab.go.id/addin`);
  }
  return url;
}

/** The dev manifest with every https://localhost:3000 address moved under baseUrl. */
export async function productionManifest(root, baseUrl) {
  const xml = await readFile(path.join(root, "manifests", "manifest.xml"), "utf8");
  return xml.split(DEV_BASE_URL).join(productionBaseUrl(baseUrl));
}

function helpPage(text) {
  const sections = text.help.sections
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n<p>${escapeHtml(s.text)}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.help.title)}</title>
<link rel="icon" href="assets/icon-32.png"><link rel="stylesheet" href="taskpane.css"></head>
<body class="help"><main><h1>${escapeHtml(text.help.title)}</h1>
<p>${escapeHtml(text.help.intro)}</p>
${sections}
</main></body>
</html>
`;
}

function shortHash(bytes) {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 10);
}

async function buildTaskpane(root, outDir, minify) {
  const common = { bundle: true, minify, legalComments: "none", logLevel: "warning", sourcemap: true };
  await build({
    ...common,
    entryPoints: [path.join(root, "addin", "taskpane", "main.ts")],
    outfile: path.join(outDir, "taskpane.js"),
    format: "iife",
    platform: "browser",
    target: "es2020",
  });
  await build({ ...common, entryPoints: [path.join(root, "addin", "taskpane", "taskpane.css")], outfile: path.join(outDir, "taskpane.css") });
  // Office caches add-in files hard: each reference carries its content hash.
  const template = await readFile(path.join(root, "addin", "taskpane", "taskpane.html"), "utf8");
  let html = template;
  for (const file of ["taskpane.js", "taskpane.css", "functions.js"]) {
    const hash = shortHash(await readFile(path.join(outDir, file)));
    html = html.replace(`"${file}"`, `"${file}?v=${hash}"`);
  }
  await writeFile(path.join(outDir, "taskpane.html"), html);
}

/**
 * Builds everything into outDir (default dist/addin). With baseUrl, also writes the production
 * manifest next to outDir (dist/manifest.xml). Returns what it wrote.
 */
export async function buildAddin({ root = ROOT, outDir = path.join(root, "dist", "addin"), baseUrl, minify = true } = {}) {
  if (baseUrl) productionBaseUrl(baseUrl); // refuse a bad address before building anything
  await mkdir(path.join(outDir, "assets"), { recursive: true });
  const { functions, registry } = await buildFunctions({ root, outDir, minify });
  await buildTaskpane(root, outDir, minify);
  await writeFile(path.join(outDir, "bantuan.html"), helpPage(registry.addinText));
  for (const size of ICON_SIZES) await writeFile(path.join(outDir, "assets", `icon-${size}.png`), drawIcon(size));
  let manifest = null;
  if (baseUrl) {
    manifest = path.join(path.dirname(outDir), "manifest.xml");
    await writeFile(manifest, await productionManifest(root, baseUrl));
  }
  return { outDir, manifest, functions };
}
