// "Periksa berkas kiriman…": what reviewing a pick of received files costs in the hosts. The
// core's review of real .xlsx bytes (what the pane and the sidebar do in the browser), the
// context.sync of the Excel insert, and the sidebar's transfer and insert in Apps Script
// (Spreadsheet calls, which must not grow with the files; cache calls and pieces, which do).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { portableText, reviewSources, serialFromIso, splitPieces, type ReviewedFile } from "../core/index.js";
import { insertReviewRecaps } from "../addin/excel/review.js";
import { FakeExcel } from "../test/helpers/addin/excel-fake.js";
import { loadScript } from "../test/helpers/gas/sandbox.js";
import { manyFiles, reviewedFiles, writeKiriman } from "../test/helpers/kiriman.js";
import { fmt, medianMs, type BenchRow, type BenchSuite } from "./types.js";

const AS_OF = "2026-06-30";
const SERIAL = serialFromIso(AS_OF)!;
const FEW = 3;
const MANY = 40;
const TOKEN = "0123456789abcdef0123456789abcdef";

async function excelSyncs(files: ReviewedFile[]): Promise<number> {
  const fake = new FakeExcel();
  await fake.run((context) => insertReviewRecaps(context, files, SERIAL));
  return fake.syncs;
}

/** The sidebar's calls for one pick: the pieces kept, then the final call; what each service saw. */
async function sheetsCalls(files: ReviewedFile[]) {
  const script = await loadScript();
  const text = portableText(files);
  const pieces = splitPieces(text);
  pieces.slice(0, -1).forEach((p, i) => script.fn("ziKeepReviewPiece")(TOKEN, i, p));
  script.fn("ziInsertReviewRecaps")(TOKEN, pieces.length, pieces.at(-1), AS_OF);
  return { spreadsheet: script.log.serviceCalls.length, cache: script.log.cacheCalls.length, pieces: pieces.length, bytes: Buffer.byteLength(text) };
}

export const reviewSuite: BenchSuite = {
  name: "review",
  async run() {
    const rows: BenchRow[] = [];
    const dir = mkdtempSync(path.join(tmpdir(), "zi-bench-review-"));
    try {
      const k = await writeKiriman(dir, "Dinas Uji");
      const picked = manyFiles([k.plan, k.lke, k.official, k.csv], MANY);
      const sources = picked.map((f) => ({ name: f.name, size: f.buffer.length, bytes: async () => new Uint8Array(f.buffer) }));
      const ms = await medianMs(3, () => reviewSources(sources, { asOf: SERIAL, timeZone: "Asia/Jakarta" }));
      rows.push({
        area: "core",
        measure: `review ${MANY} received .xlsx files (plans, LKE of both layouts, an unreadable one), kept lean`,
        value: `${fmt(ms, 0)} ms (${fmt(ms / MANY, 0)} ms a file)`,
        how: "reviewSources over real bytes written by zi and the official-layout writer (test/helpers/kiriman.ts), as the pane and the sidebar run it, without their pauses; Node, median of 3 after a warm-up",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const few = reviewedFiles(FEW, SERIAL);
    const many = reviewedFiles(MANY, SERIAL);
    rows.push({
      area: "excel",
      measure: `context.sync per "Periksa berkas kiriman…" (${FEW} / ${MANY} files)`,
      value: `${await excelSyncs(few)} / ${await excelSyncs(many)}`,
      how: "recording Excel fake, one Excel.run inserting Rekap Validasi, Temuan and Rekap Penilaian (test/addin/review.test.ts, test/browser/taskpane-review.test.ts)",
    });
    const a = await sheetsCalls(few);
    const b = await sheetsCalls(many);
    rows.push({
      area: "gas",
      measure: `Spreadsheet service calls per "Periksa berkas kiriman…" (${FEW} / ${MANY} files)`,
      value: `${a.spreadsheet} / ${b.spreadsheet}`,
      how: "the sidebar's calls replayed on the built Code.js with the recording fakes; three sheets written (test/appsscript/review.test.ts)",
    });
    rows.push({
      area: "gas",
      measure: `cache calls and pieces sent (${FEW} / ${MANY} files)`,
      value: `${a.cache} calls, ${a.pieces} piece, ${fmt(a.bytes / 1024)} KiB / ${b.cache} calls, ${b.pieces} pieces, ${fmt(b.bytes / 1024)} KiB`,
      how: "pieces of at most 90 KB of lean JSON; all but the last kept with CacheService.getUserCache().put (2 calls each), then getUserCache, getAll, removeAll; google.script.run calls = pieces + the start-up call",
    });
    return rows;
  },
};
