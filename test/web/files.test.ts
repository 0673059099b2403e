// A folder dropped on the offline page is walked as `zi validasi FOLDER` walks it: the same files
// (lock files, hidden files and non-.xlsx left out inside folders), the same paths and the same
// order. The browser's drop API is played by entries built from a real folder on disk, handing
// out each folder's children in batches as Chromium's readEntries does.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectInputFiles } from "../../cli/validate/run.js";
import { comparePaths, fromDrop } from "../../web/files.js";

const root = mkdtempSync(path.join(os.tmpdir(), "zi-drop-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Children per readEntries call: small, so every folder takes several calls. */
const BATCH = 2;

interface FakeEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (batch: FakeEntry[]) => void, fail: (e: unknown) => void): void };
}

/** A FileSystemEntry of what is on disk at `p`; `reads` counts readEntries calls. */
function entryOf(p: string, reads: { n: number }): FakeEntry {
  const name = path.basename(p);
  if (statSync(p).isFile()) {
    return { name, isFile: true, isDirectory: false, file: (ok) => setTimeout(() => ok(new File([readFileSync(p)], name)), 0) };
  }
  return {
    name, isFile: false, isDirectory: true,
    createReader() {
      // The browser's order is not the CLI's: hand the children out reversed.
      const children = readdirSync(p).reverse().map((c) => entryOf(path.join(p, c), reads));
      let at = 0;
      return {
        readEntries(ok) {
          reads.n++;
          const batch = children.slice(at, at + BATCH);
          at += batch.length;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  };
}

/** A drop's DataTransfer holding these entries, as the page's drop handler receives it. */
function dropOf(entries: FakeEntry[]): DataTransfer {
  const items = entries.map((e) => ({ kind: "file", webkitGetAsEntry: () => e }));
  return { items, files: [] } as unknown as DataTransfer;
}

function write(rel: string, text = "x"): void {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

describe("a folder dropped on the offline page", () => {
  for (const f of [
    "kiriman/Dinas Kesehatan.xlsx", "kiriman/bappeda.xlsx", "kiriman/~$bappeda.xlsx", "kiriman/.tersembunyi.xlsx", "kiriman/catatan.csv",
    "kiriman/sub/lke-dishub.xlsx", "kiriman/sub/Lke-Dinsos.XLSX", "kiriman/sub/dalam/z.xlsx", "kiriman/a.xlsx", "kiriman/Äkte.xlsx",
    "lepas.csv",
  ]) write(f, f);

  it("gives the files zi validasi reads from that folder, with the same paths in the same order", async () => {
    const reads = { n: 0 };
    const picked = await fromDrop(dropOf([entryOf(path.join(root, "kiriman"), reads)]));
    const cli = (await collectInputFiles([path.join(root, "kiriman")])).map((f) => path.relative(root, f.path).split(path.sep).join("/"));
    expect(cli.length).toBe(7);
    expect([...picked.map((p) => p.path)].sort(comparePaths)).toEqual(cli);
    // Every folder was read to its empty batch, in several calls each.
    expect(reads.n).toBeGreaterThan(6);
    for (const p of picked) expect(await p.file.text()).toBe(p.path);
  });

  it("keeps a file dropped beside the folder whatever its type, as a file named to zi gets its own message", async () => {
    const picked = await fromDrop(dropOf([entryOf(path.join(root, "lepas.csv"), { n: 0 }), entryOf(path.join(root, "kiriman", "sub", "dalam"), { n: 0 })]));
    expect(picked.map((p) => p.path).sort(comparePaths)).toEqual(["dalam/z.xlsx", "lepas.csv"]);
  });
});
