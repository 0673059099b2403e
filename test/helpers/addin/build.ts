import path from "node:path";
import { buildAddin } from "../../../scripts/build-addin.mjs";
import { tempDir } from "../files.js";

export const PRODUCTION_BASE_URL = "https://zi.bekasikab.go.id/excel-addin";

let built: Promise<{ outDir: string; manifest: string }> | null = null;

/**
 * The add-in built fresh by the real build (scripts/build-addin.mjs) into a temporary dist/, with
 * a production manifest, once per test file: tests never look at a stale dist/.
 */
export function builtAddin(): Promise<{ outDir: string; manifest: string }> {
  if (!built) {
    const dist = tempDir("zi-addin-dist-");
    built = buildAddin({ outDir: path.join(dist, "addin"), baseUrl: PRODUCTION_BASE_URL }).then((r) => ({ outDir: r.outDir, manifest: r.manifest! }));
  }
  return built;
}
