// Issue 8, "nothing lost": every command that reads workbooks leaves them byte-identical, and
// every command that writes refuses to replace a file without --timpa.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256, tempDir, zi } from "../helpers/files.js";

describe("inputs are never changed", () => {
  it("by rencana --dari, validasi (with --rekap), laporan, lke --rencana and nilai", async () => {
    const dir = tempDir();
    expect((await zi("contoh", dir, "--per-tanggal", "2026-06-30")).code).toBe(0);
    const inputs = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(dir, f));
    const plan = path.join(dir, "rencana-contoh-terisi.xlsx");
    const typed = path.join(dir, "rencana-contoh-ketik.xlsx");
    const lke = path.join(dir, "lke-contoh-terisi.xlsx");
    const before = new Map(inputs.map((f) => [f, sha256(f)]));
    const out = (name: string) => path.join(dir, "keluaran", name);
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(dir, "keluaran")));

    const runs = [
      ["rencana", "--dari", plan, "-o", out("baru.xlsx")],
      ["rencana", "--dari", typed, "-o", out("baru-ketik.xlsx")],
      ["validasi", ...inputs, "--per-tanggal", "2026-06-30", "--rekap", out("rekap.xlsx")],
      ["validasi", dir, "--json", "--per-tanggal", "2026-06-30"],
      ["laporan", plan, "--per-tanggal", "2026-06-30", "-o", out("laporan.xlsx")],
      ["lke", "--pd", "Dinas X", "--tahun", "2026", "--rencana", plan, "-o", out("lke.xlsx")],
      ["nilai", lke, "--json"],
    ];
    for (const args of runs) {
      const r = await zi(...args);
      expect(r.code, `${args.join(" ")}\n${r.err}`).toBeLessThanOrEqual(1);
      for (const [f, hash] of before) expect(sha256(f), `${args[0]} changed ${path.basename(f)}`).toBe(hash);
    }

    // Writing again over what was written is refused, and the file stays as it was.
    for (const args of runs.filter((a) => a.includes("-o") || a.includes("--rekap"))) {
      const target = args[args.indexOf(args.includes("-o") ? "-o" : "--rekap") + 1];
      const hash = sha256(target);
      const again = await zi(...args);
      expect(again.code, args.join(" ")).toBe(2);
      expect(again.err).toMatch(/tidak ditimpa/);
      expect(sha256(target)).toBe(hash);
    }
  }, 120_000);
});
