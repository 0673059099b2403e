// The request handler behind `npm run serve` (which wraps it in HTTPS with the dev certificates):
// it serves the built add-in with the right types, and nothing outside dist/addin.
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { builtAddin } from "../helpers/addin/build.js";
import { serveAddin } from "../helpers/addin/static-server.js";

let base = "";
beforeAll(async () => {
  base = (await serveAddin((await builtAddin()).outDir)).url;
});

/** A raw request, so that "/../" reaches the handler as sent (fetch would normalise it). */
function raw(pathname: string, method = "GET"): Promise<{ status: number; type: string; body: string; cors: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${pathname}`, { method, path: pathname }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, type: String(res.headers["content-type"]), body, cors: String(res.headers["access-control-allow-origin"]) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the add-in's static server", () => {
  it("serves the task pane at / and every built file with its type", async () => {
    const home = await raw("/");
    expect(home.status).toBe(200);
    expect(home.type).toMatch(/^text\/html/);
    expect(home.body).toContain("taskpane.js");
    for (const [file, type] of [["/functions.json", /^application\/json/], ["/functions.js", /^text\/javascript/], ["/assets/icon-32.png", /^image\/png/], ["/taskpane.css?v=1", /^text\/css/]] as const) {
      const r = await raw(file);
      expect(r.status, file).toBe(200);
      expect(r.type, file).toMatch(type);
      expect(r.cors).toBe("*");
    }
  });

  it("refuses paths outside dist/addin, unknown files and writes", async () => {
    for (const p of ["/../package.json", "/%2e%2e/package.json", "/..%2f..%2fpackage.json", "/assets/../../../etc/passwd", "/tidak-ada.html", "/%00"]) {
      const r = await raw(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain("zona-integritas");
    }
    expect((await raw("/taskpane.html", "POST")).status).toBe(405);
  });
});
