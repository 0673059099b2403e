import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileProblem, writeFileAtomic } from "../../cli/xlsx/files.js";
import { tempDir } from "../helpers/files.js";

describe("writeFileAtomic", () => {
  const dir = tempDir();

  it("replaces a file whole, leaving no temporary file behind", async () => {
    const target = path.join(dir, "rekap.xlsx");
    writeFileSync(target, "lama");
    await writeFileAtomic(target, Buffer.from("baru"));
    expect(readFileSync(target, "utf8")).toBe("baru");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves what was there untouched when the write cannot finish", async () => {
    const blocked = path.join(dir, "folder.xlsx");
    mkdirSync(blocked);
    writeFileSync(path.join(blocked, "isi.txt"), "tetap");
    await expect(writeFileAtomic(blocked, Buffer.from("x"))).rejects.toBeInstanceOf(FileProblem);
    expect(readFileSync(path.join(blocked, "isi.txt"), "utf8")).toBe("tetap");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
