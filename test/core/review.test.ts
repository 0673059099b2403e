// One received file reviewed from its bytes, as the CLI, the task pane, the sidebar and the
// offline page all review it: plans validated, LKE workbooks scored, zi's own recaps recognised,
// unreadable files said why; and the recap rows each kind gives.
import path from "node:path";
import { mkdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  assessmentEntries, holdsPlan, LKE_ZI_2026, reviewXlsx, scoreEvaluation, serialFromIso, validationEntries, type ReviewedFile,
} from "../../core/index.js";
import { tempDir, zi } from "../helpers/files.js";
import { bestAnswers } from "../helpers/lke.js";
import { writeOfficialXlsx } from "../helpers/official-lke.js";
import { writeHostileInbox } from "../helpers/bad-files.js";

const dir = tempDir();
const options = { asOf: serialFromIso("2026-06-30")!, timeZone: "Asia/Jakarta" };
const bytes = (file: string) => new Uint8Array(readFileSync(file));

describe("reviewXlsx", async () => {
  const plan = path.join(dir, "rencana.xlsx");
  const lke = path.join(dir, "lke.xlsx");
  const official = path.join(dir, "resmi.xlsx");
  const recap = path.join(dir, "rekap.xlsx");
  await zi("rencana", "--pd", "Dinas Kesehatan", "--tahun", "2026", "-o", plan);
  await zi("lke", "--pd", "Dinas Sosial", "--tahun", "2026", "-o", lke);
  await writeOfficialXlsx(official, { unit: bestAnswers(), tpi: bestAnswers(), agency: "Bappeda", year: 2026 });
  await zi("validasi", plan, "--rekap", recap);

  it("tells plans, LKE workbooks of both layouts and zi's own recaps apart", () => {
    const p = reviewXlsx("rencana.xlsx", bytes(plan), options);
    expect(p.kind).toBe("plan");
    expect(holdsPlan(p)).toBe(true);
    if (p.kind === "plan") expect(p.entry).toMatchObject({ file: "rencana.xlsx", agency: "Dinas Kesehatan", year: 2026, layout: "generated" });
    const l = reviewXlsx("lke.xlsx", bytes(lke), options);
    expect(l.kind === "lke" && l.assessed).toMatchObject({ layout: "zi", agency: "Dinas Sosial", error: null });
    const o = reviewXlsx("resmi.xlsx", bytes(official), options);
    expect(o.kind === "lke" && o.assessed).toMatchObject({ layout: "resmi", agency: "Bappeda" });
    if (o.kind === "lke") expect(o.assessed.scores!.tpi.total).toBe(scoreEvaluation(LKE_ZI_2026, bestAnswers()).total);
    expect(reviewXlsx("rekap.xlsx", bytes(recap), options)).toEqual({ kind: "own", file: "rekap.xlsx" });
  });

  it("says why a hostile file cannot be read, never throwing; the good ones are reviewed", async () => {
    const inbox = path.join(dir, "kiriman");
    mkdirSync(inbox);
    for (const f of await writeHostileInbox(inbox)) {
      const r = reviewXlsx(f.name, bytes(path.join(inbox, f.name)), options);
      if (f.error === null) expect(r.kind, f.name).toBe("plan");
      else if (r.kind === "plan") expect(r.entry.error, f.name).toEqual(f.error); // the hidden plan: read, but not acceptable as sent
      else expect(r.kind === "unreadable" && r.error, f.name).toMatch(f.error);
    }
  }, 120_000);

  it("gives each recap its rows: plans and unreadable files to validation, LKE and unreadable files to the TPI", () => {
    const reviewed: ReviewedFile[] = [
      reviewXlsx("rencana.xlsx", bytes(plan), options),
      reviewXlsx("lke.xlsx", bytes(lke), options),
      { kind: "unreadable", file: "rusak.xlsx", error: "Berkas rusak" },
      { kind: "own", file: "rekap.xlsx" },
      { kind: "plan", file: "kosong.xlsx", entry: { ...validationEntries([reviewXlsx("rencana.xlsx", bytes(plan), options)])[0], file: "kosong.xlsx", layout: null } },
    ];
    expect(validationEntries(reviewed).map((e) => e.file)).toEqual(["rencana.xlsx", "rusak.xlsx", "kosong.xlsx"]);
    const assessed = assessmentEntries(reviewed, "Tidak ada LKE");
    expect(assessed.map((a) => [a.file, a.error])).toEqual([["lke.xlsx", null], ["rusak.xlsx", "Berkas rusak"], ["kosong.xlsx", "Tidak ada LKE"]]);
    expect(assessmentEntries(reviewed, "Tidak ada LKE", "Ini rencana").map((a) => a.error)).toContain("Ini rencana");
  });
});
