import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { requiredInCi } from "./ci.js";

export function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice is required in CI (.ci/run installs it); elsewhere its tests are skipped when absent. */
export function requireSofficeInCi(): boolean {
  return requiredInCi(hasSoffice(), "LibreOffice (soffice, package libreoffice-calc) is missing");
}

/**
 * Converts a file with LibreOffice headless into `format` (e.g. "pdf", "csv", "xlsx") and returns
 * the output path. Each call uses its own profile so parallel runs do not collide.
 */
export function sofficeConvert(file: string, format: string, outDir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "zi-lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  const ext = format.split(":")[0];
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${ext} for ${file}`);
  return out;
}
