// "Periksa berkas kiriman…" in Excel (the recording fake): the recap sheets of any number of
// reviewed files go in with one Excel.run and the same syncs, under free names, the recap's
// links following its own findings sheet; no sheet is replaced.
import { describe, expect, it } from "vitest";
import { serialFromIso, type ReviewedFile } from "../../core/index.js";
import { insertReviewRecaps } from "../../addin/excel/review.js";
import { FakeExcel } from "../helpers/addin/excel-fake.js";
import { reviewedFiles } from "../helpers/kiriman.js";

const AS_OF = serialFromIso("2026-06-30")!;
const files = (n: number) => reviewedFiles(n, AS_OF);

async function insert(fake: FakeExcel, reviewed: ReviewedFile[]) {
  const names = await fake.run((context) => insertReviewRecaps(context, reviewed, AS_OF));
  expect(fake.problems).toEqual([]);
  return names;
}

describe("insertReviewRecaps", () => {
  it("inserts the recaps of 3 files and of 24 in one Excel.run with the same syncs", async () => {
    const counts: number[] = [];
    for (const n of [3, 24]) {
      const fake = new FakeExcel();
      const names = await insert(fake, files(n));
      expect(names).toEqual(["Rekap Validasi", "Temuan", "Rekap Penilaian"]);
      expect(fake.runs).toBe(1);
      counts.push(fake.syncs);
      const listed = [...fake.sheet("Rekap Validasi")!.cells.values()].filter((c) => typeof c.value === "string" && /^\d+\.xlsx$/.test(c.value));
      expect(listed).toHaveLength(files(n).filter((f) => f.kind !== "lke").length);
    }
    expect(counts).toEqual([4, 4]);
  });

  it("never replaces a sheet: the recaps take free names and Rekap Validasi links to its own Temuan", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Temuan", [["temuan lama"]]);
    fake.addSheet("Rekap Penilaian", [["rekap lama"]]);
    const names = await insert(fake, files(4));
    expect(names).toEqual(["Rekap Validasi", "Temuan (2)", "Rekap Penilaian (2)"]);
    expect(fake.sheet("Temuan")!.cell(0, 0)?.value).toBe("temuan lama");
    expect(fake.sheet("Rekap Penilaian")!.cell(0, 0)?.value).toBe("rekap lama");
    const links = [...fake.sheet("Rekap Validasi")!.links.values()] as { documentReference: string }[];
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.documentReference.startsWith("'Temuan (2)'!"))).toBe(true);
    // The TPI recap of a pane links nowhere: its LHE sheets are not inserted.
    expect(fake.sheet("Rekap Penilaian (2)")!.links.size).toBe(0);
    expect(fake.activeSheet).toBe("Rekap Validasi");
  });

  it("inserts the TPI recap alone for LKE workbooks only", async () => {
    const fake = new FakeExcel();
    expect(await insert(fake, files(3).filter((f) => f.kind === "lke"))).toEqual(["Rekap Penilaian"]);
    expect(fake.syncs).toBe(2);
  });
});
