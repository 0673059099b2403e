// A folder as an inbox holds both kinds: zi validasi checks the plans and leaves the LKE workbooks
// to zi nilai, which leaves the plans to zi validasi; a file named on purpose is judged either way.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, zi } from "../helpers/files.js";
import { bestAnswers } from "../helpers/lke.js";
import { writeOfficialXlsx } from "../helpers/official-lke.js";

const dir = tempDir();
const inbox = path.join(dir, "kiriman");
mkdirSync(inbox);
const plan = path.join(inbox, "rencana-dinkes.xlsx");
const ours = path.join(inbox, "lke-dishub.xlsx");
const official = path.join(inbox, "lke-resmi-bappeda.xlsx");
const junk = path.join(inbox, "rusak.xlsx");

describe("a folder holding plans and LKE workbooks", async () => {
  expect((await zi("rencana", "--pd", "Dinas Kesehatan", "--tahun", "2026", "-o", plan)).code).toBe(0);
  expect((await zi("lke", "--pd", "Dinas Perhubungan", "--tahun", "2026", "-o", ours)).code).toBe(0);
  await writeOfficialXlsx(official, { unit: bestAnswers(), tpi: bestAnswers(), agency: "Bappeda", year: 2026 });
  writeFileSync(junk, "bukan xlsx");

  it("zi validasi checks the plans, notes the LKE workbooks it leaves to zi nilai, and lists the unreadable file", async () => {
    const r = await zi("validasi", inbox, "--json", "--per-tanggal", "2026-06-30");
    const files = JSON.parse(r.out).files.map((f: { file: string }) => path.basename(f.file));
    expect(files).toEqual(["rencana-dinkes.xlsx", "rusak.xlsx"]);
    expect(r.err).toContain(`Dilewati: ${ours} — berkas LKE, bukan rencana. Nilai dengan "zi nilai".`);
    expect(r.err).toContain(`Dilewati: ${official} — berkas LKE`);
  });

  it("zi nilai scores both LKE layouts, notes the plan it leaves to zi validasi, and lists the unreadable file", async () => {
    const r = await zi("nilai", inbox, "--json");
    const files = JSON.parse(r.out).files;
    expect(files.map((f: { file: string }) => path.basename(f.file))).toEqual(["lke-dishub.xlsx", "lke-resmi-bappeda.xlsx", "rusak.xlsx"]);
    expect(files.map((f: { layout: string | null }) => f.layout)).toEqual(["zi", "resmi", null]);
    expect(r.err).toContain(`Dilewati: ${plan} — berkas rencana, bukan LKE. Periksa dengan "zi validasi".`);
  });

  it("a file named on purpose is judged, with the command that fits it", async () => {
    const v = await zi("validasi", official, "--json");
    expect(v.code).toBe(1);
    expect(JSON.parse(v.out).files[0].error).toMatch(/Berkas ini LKE .* Nilai dengan "zi nilai"/);
    const n = await zi("nilai", plan, "--json");
    expect(n.code).toBe(1);
    expect(JSON.parse(n.out).files[0].error).toMatch(/Berkas ini rencana ZI .* Periksa dengan "zi validasi"/);
  });
});
