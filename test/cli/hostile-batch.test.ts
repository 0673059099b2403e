// Issue 8: what the Inspektorat really receives, among good workbooks, in one `zi validasi` run.
// Every bad file gets its clear Indonesian error, the good ones are validated, inputs stay
// byte-identical, and the exit code says something failed.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeHostileInbox } from "../helpers/bad-files.js";
import { sha256, tempDir, zi } from "../helpers/files.js";

interface FileResult {
  file: string;
  error: string | null;
  summary: { actions: number } | null;
  findings: { code: string; severity: string; message: string }[];
}

describe("zi validasi on a folder of good and hostile workbooks", () => {
  it("validates the good ones and names what is wrong with each of the others", async () => {
    const dir = tempDir();
    const inbox = path.join(dir, "kiriman");
    const at = (name: string) => path.join(inbox, name);
    await import("node:fs/promises").then((fs) => fs.mkdir(inbox));
    const expected = await writeHostileInbox(inbox, { huge: true });
    const before = Object.fromEntries(readdirSync(inbox).map((f) => [f, sha256(at(f))]));

    const r = await zi("validasi", inbox, "--json", "--per-tanggal", "2026-06-30");
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.out) as { files: FileResult[] }).files;
    const byName = Object.fromEntries(files.map((f) => [path.basename(f.file), f]));
    expect(Object.keys(byName).sort()).toEqual(Object.keys(before).sort());

    for (const f of expected) {
      if (f.error === null) expect(byName[f.name].error, f.name).toBeNull();
      else expect(byName[f.name].error, f.name).toMatch(f.error);
    }
    for (const good of ["01-dinas-baik.xlsx", "02-dinas-baik-juga.xlsx", "09-tersembunyi.xlsx"]) expect(byName[good].summary?.actions, good).toBe(68);
    // 100,000 rows of text that is no Lampiran: read whole, judged, and said so.
    const huge = byName["10-seratus-ribu-baris.xlsx"];
    expect(huge.error).toBeNull();
    expect(huge.findings.map((f) => f.code)).toEqual(["PLAN_NOT_FOUND"]);
    expect(huge.findings[0].message).toMatch(/Tidak ditemukan rencana/);

    for (const f of readdirSync(inbox)) expect(sha256(at(f)), f).toBe(before[f]);
  }, 240_000);
});
