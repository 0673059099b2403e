import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireSofficeInCi, sofficeConvert } from "../helpers/soffice.js";
import { tempDir, zi } from "../helpers/files.js";

const present = requireSofficeInCi();

describe.skipIf(!present)("the written plan opens in LibreOffice", () => {
  it("converts the filled demo plan to a multi-page A4 landscape PDF", async () => {
    const dir = tempDir();
    expect((await zi("contoh", dir, "--per-tanggal", "2026-06-30")).code).toBe(0);
    const pdf = sofficeConvert(path.join(dir, "rencana-contoh-terisi.xlsx"), "pdf", dir);
    const bytes = readFileSync(pdf).toString("latin1");
    expect(bytes.startsWith("%PDF")).toBe(true);
    const pages = bytes.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // A4 landscape: 842 x 595 points
    expect(bytes).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+841\.\d+\s+595\.\d+\s*\]|\/MediaBox\s*\[\s*0\s+0\s+842\s+595\s*\]/);
  }, 120_000);
});
