// npm run serve: serves dist/addin over HTTPS on https://localhost:3000 with the
// office-addin-dev-certs certificates (installed on first use), for sideloading
// manifests/manifest.xml in Excel on the web or desktop. Not for production: any static HTTPS
// host serves dist/addin there (see ZI_BASE_URL).
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:https";
import path from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

function send(res, status, body, type = "text/plain; charset=utf-8") {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // Excel on the web fetches functions.json from its own origin.
    "Access-Control-Allow-Origin": "*",
  });
  res.end(body);
}

/** A request handler serving the files under root, and nothing outside it. */
export function addinRequestHandler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Metode tidak didukung.");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(res, 400, "Alamat tidak valid.");
    }
    if (pathname === "/") pathname = "/taskpane.html";
    const file = path.resolve(base, `.${pathname}`);
    const inside = file.startsWith(base + path.sep) && !pathname.includes("\0");
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!inside || !type || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, "Berkas tidak ditemukan.");
    send(res, 200, req.method === "HEAD" ? undefined : readFileSync(file), type);
  };
}

async function main() {
  const root = path.resolve(new URL("..", import.meta.url).pathname, "dist", "addin");
  if (!existsSync(path.join(root, "taskpane.html"))) {
    process.stderr.write("dist/addin belum ada. Jalankan npm run build dulu.\n");
    process.exit(2);
  }
  const port = Number(process.env.ZI_PORT ?? 3000);
  const { getHttpsServerOptions } = await import("office-addin-dev-certs");
  const options = await getHttpsServerOptions();
  createServer(options, addinRequestHandler(root)).listen(port, () => {
    process.stdout.write(`Add-in Zona Integritas disajikan di https://localhost:${port}/taskpane.html (Ctrl+C untuk berhenti).\n`);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
