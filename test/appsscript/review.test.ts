// "Periksa berkas kiriman…", server side, in the built Code.js with the recording fakes: the
// sidebar's pieces kept in the user's cache (one put each, 10 minutes), joined by the final call
// with one getAll and one removeAll, the recap sheets written by insertAll under free names with
// Rekap Validasi linking to its own Temuan; Spreadsheet calls the same for 3 files as for 24,
// cache calls growing with the pieces; a lost piece said in Indonesian, nothing inserted.
import { describe, expect, it } from "vitest";
import {
  functionErrors, PIECE_BYTES, portableText, reviewMessage, reviewText, serialFromIso, splitPieces, type ReviewedFile,
} from "../../core/index.js";
import { reviewedFiles } from "../helpers/kiriman.js";
import { loadScript, type LoadedScript } from "../helpers/gas/sandbox.js";

const AS_OF = "2026-06-30";
const TOKEN = "0123456789abcdef0123456789abcdef";
const files = (n: number) => reviewedFiles(n, serialFromIso(AS_OF)!);

type Outcome = { ok: boolean; message: string; inserted: string[] };

/** What the sidebar does: every piece but the last kept, then the final call with the last one. */
function send(script: LoadedScript, reviewed: ReviewedFile[], token = TOKEN): { out: Outcome; pieces: string[] } {
  const pieces = splitPieces(portableText(reviewed));
  pieces.slice(0, -1).forEach((p, i) => expect(script.fn("ziKeepReviewPiece")(token, i, p)).toBe(true));
  const out = script.fn("ziInsertReviewRecaps")(token, pieces.length, pieces.at(-1), AS_OF) as Outcome;
  return { out: JSON.parse(JSON.stringify(out)), pieces };
}

const sheetNames = (script: LoadedScript) => script.spreadsheet._sheets.map((s) => s._name);

describe("ziKeepReviewPiece", () => {
  it("puts one piece in the user's cache for 10 minutes, one call, under the review's token", async () => {
    const script = await loadScript();
    expect(script.fn("ziKeepReviewPiece")(TOKEN, 3, "[{\"kind\"")).toBe(true);
    expect(script.log.names(script.log.cacheCalls)).toEqual(["CacheService.getUserCache", "Cache.put"]);
    expect(script.log.of("Cache", "put")[0].args).toEqual([`zi-kiriman:${TOKEN}:3`, "[{\"kind\"", 600]);
    expect(script.log.serviceCalls).toEqual([]);
  });

  it("refuses what the sidebar never sends: a bad token or number, a piece over the limit", async () => {
    const script = await loadScript();
    const keep = script.fn("ziKeepReviewPiece");
    for (const args of [["../x", 0, "a"], [TOKEN, -1, "a"], [TOKEN, 1.5, "a"], [TOKEN, 499, "a"], [TOKEN, 0, 7], [TOKEN, 0, "x".repeat(PIECE_BYTES + 1)]]) {
      expect(() => keep(...args), JSON.stringify(args).slice(0, 40)).toThrow(reviewText.damaged);
    }
    expect(script.log.calls).toEqual([]);
  });
});

describe("ziInsertReviewRecaps", () => {
  it("inserts the recaps of a small pick from its one piece, without the cache, Rekap Validasi linking to Temuan", async () => {
    const script = await loadScript();
    const reviewed = files(4);
    const { out, pieces } = send(script, reviewed);
    expect(pieces).toHaveLength(1);
    expect(out).toEqual({ ok: true, message: reviewMessage(reviewed), inserted: ["Rekap Validasi", "Temuan", "Rekap Penilaian"] });
    expect(script.log.cacheCalls).toEqual([]);
    expect(sheetNames(script)).toEqual(["Rekap Validasi", "Temuan", "Rekap Penilaian"]);
    expect(script.spreadsheet._active?._name).toBe("Rekap Validasi");
    const recap = script.spreadsheet._sheet("Rekap Validasi");
    const gid = script.spreadsheet._sheet("Temuan")._id;
    const linked = [...recap._cells.values()].filter((c) => c.link);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((c) => String(c.link).startsWith(`#gid=${gid}&range=A`))).toBe(true);
    const values = (name: string) => [...script.spreadsheet._sheet(name)._cells.values()].map((c) => c.value);
    expect(values("Rekap Validasi")).toContain("01.xlsx");
    expect(values("Rekap Validasi")).toContain("03.xlsx");
    expect(values("Rekap Penilaian")).toContain("Bappeda");
    expect(values("Rekap Penilaian")).not.toContain("01.xlsx");
  });

  it("makes the same Spreadsheet calls for 3 files as for 24; cache calls grow with the pieces and leave nothing behind", async () => {
    const runs = [];
    for (const n of [3, 24]) {
      const script = await loadScript();
      script.spreadsheet._addSheet("Data");
      const { out, pieces } = send(script, files(n));
      expect(out.ok, out.message).toBe(true);
      runs.push({ pieces: pieces.length, calls: script.log.names(script.log.serviceCalls), cache: script.log.names(script.log.cacheCalls), left: script.cache._items.size, peak: script.cache._peak });
    }
    const [few, many] = runs;
    expect(many.calls).toEqual(few.calls);
    // Three sheets, each about as many calls as one action's sheet (most of them column widths and merges).
    expect(few.calls.length).toBeLessThanOrEqual(120);
    expect(few.calls.filter((c) => c === "Spreadsheet.insertSheet")).toHaveLength(3);
    expect(few.pieces).toBe(1);
    expect(many.pieces).toBeGreaterThan(2);
    expect(few.cache).toEqual([]);
    const kept = many.pieces - 1;
    expect(many.cache).toEqual([
      ...Array.from({ length: kept }, () => ["CacheService.getUserCache", "Cache.put"]).flat(),
      "CacheService.getUserCache", "Cache.getAll", "Cache.removeAll",
    ]);
    expect(many.peak).toBe(kept);
    expect(many.left).toBe(0);
  });

  it("never replaces a sheet: free names after the existing tabs, and the links follow the new Temuan", async () => {
    const script = await loadScript();
    script.spreadsheet._addSheet("Temuan")._write(0, 0, "temuan lama");
    script.spreadsheet._addSheet("Rekap Penilaian");
    const { out } = send(script, files(4));
    expect(out.inserted).toEqual(["Rekap Validasi", "Temuan (2)", "Rekap Penilaian (2)"]);
    expect(sheetNames(script)).toEqual(["Temuan", "Rekap Penilaian", "Rekap Validasi", "Temuan (2)", "Rekap Penilaian (2)"]);
    expect(script.spreadsheet._sheet("Temuan")._cell(0, 0)?.value).toBe("temuan lama");
    const gid = script.spreadsheet._sheet("Temuan (2)")._id;
    const links = [...script.spreadsheet._sheet("Rekap Validasi")._cells.values()].filter((c) => c.link).map((c) => String(c.link));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith(`#gid=${gid}&`))).toBe(true);
  });

  it("says in Indonesian that a piece was lost and to pick the files again, inserting nothing and clearing the rest", async () => {
    const script = await loadScript();
    const pieces = splitPieces(portableText(files(24)));
    pieces.slice(0, -1).forEach((p, i) => script.fn("ziKeepReviewPiece")(TOKEN, i, p));
    script.cache._expire((k) => k.endsWith(":1"));
    const out = script.fn("ziInsertReviewRecaps")(TOKEN, pieces.length, pieces.at(-1), AS_OF) as Outcome;
    expect(out).toMatchObject({ ok: false, message: reviewText.expired, inserted: [] });
    expect(reviewText.expired).toMatch(/pilih berkasnya lagi/);
    expect(script.spreadsheet._sheets).toHaveLength(0);
    expect(script.cache._items.size).toBe(0);
    expect(script.log.serviceCalls).toEqual([]);
  });

  it("keeps one review's pieces apart from another's, and refuses pieces that do not read back", async () => {
    const script = await loadScript();
    const other = "ffffffffffffffffffffffffffffffff";
    const pieces = splitPieces(portableText(files(24)));
    pieces.slice(0, -1).forEach((p, i) => script.fn("ziKeepReviewPiece")(other, i, p));
    const lost = script.fn("ziInsertReviewRecaps")(TOKEN, pieces.length, pieces.at(-1), AS_OF) as Outcome;
    expect(lost.message).toBe(reviewText.expired);
    expect(script.cache._items.size).toBe(pieces.length - 1);
    const damaged = script.fn("ziInsertReviewRecaps")(TOKEN, 1, "[{\"kind\":\"plan\"", AS_OF) as Outcome;
    expect(damaged).toMatchObject({ ok: false, message: reviewText.damaged });
    const badDay = script.fn("ziInsertReviewRecaps")(TOKEN, 1, "[]", "30/06/2026") as Outcome;
    expect(badDay).toMatchObject({ ok: false, message: functionErrors.badAsOf });
    expect(() => script.fn("ziInsertReviewRecaps")(TOKEN, 0, "[]", AS_OF)).toThrow(reviewText.damaged);
    expect(script.spreadsheet._sheets).toHaveLength(0);
  });
});
