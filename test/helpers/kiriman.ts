// Received files as the Inspektorat and the TPI pick them in the task pane or the sidebar ("Periksa
// berkas kiriman…"): real .xlsx bytes written by zi (plans, our LKE), the official KemenPANRB
// layout, and files that cannot be read. Each as Playwright's setInputFiles takes it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../../cli/main.js";
import {
  buildEvaluationSheet, buildPlanSheet, gridFromSpec, LAMPIRAN_I, leanReviewed, LKE_ZI_2026, newPlanDocument, reviewWorkbook,
  type ReviewedFile,
} from "../../core/index.js";
import { bestAnswers, withAnswers } from "./lke.js";
import { officialWorkbook, writeOfficialXlsx } from "./official-lke.js";

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function zi(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => {}, err: (t) => err.push(t) });
  if (code !== 0) throw new Error(`zi ${argv.join(" ")}: ${err.join("\n")}`);
}

export interface Kiriman {
  /** A fresh plan: every target missing, BELUM LENGKAP. */
  plan: PickedFile;
  /** A plan whose PD name is markup. */
  hostilePlan: PickedFile;
  /** Our LKE, both assessments answered with the best answers: WBBM. */
  lke: PickedFile;
  /** The official layout, the TPI answering lower on a few questions. */
  official: PickedFile;
  /** CSV text saved as .xlsx: TIDAK TERBACA. */
  csv: PickedFile;
}

/** Writes the files into `dir` (zi writes plans and LKE there) and returns their bytes. */
export async function writeKiriman(dir: string, hostileName: string): Promise<Kiriman> {
  const at = (name: string) => path.join(dir, name);
  await zi("rencana", "--pd", "Dinas Kesehatan", "--tahun", "2026", "-o", at("rencana-dinkes.xlsx"));
  await zi("rencana", "--pd", hostileName, "--tahun", "2026", "-o", at("rencana-markup.xlsx"));
  // zi lke writes empty answers; the answers of a sent LKE come from the official writer below.
  await zi("lke", "--pd", "Dinas Sosial", "--tahun", "2026", "-o", at("lke-dinsos.xlsx"));
  await writeOfficialXlsx(at("lke-resmi-bappeda.xlsx"), {
    agency: "Bappeda", year: 2026, unit: bestAnswers(), tpi: withAnswers(bestAnswers(), { 12: "D", 40: "C" }),
  });
  writeFileSync(at("rusak.xlsx"), "NO;INDIKATOR;RENCANA AKSI\n1;Penyusunan Tim Kerja;Pembentukan tim\n");
  const file = (disk: string, name = disk): PickedFile => ({ name, mimeType: XLSX, buffer: readFileSync(at(disk)) });
  return {
    plan: file("rencana-dinkes.xlsx"),
    hostilePlan: file("rencana-markup.xlsx", `${hostileName}.xlsx`),
    lke: file("lke-dinsos.xlsx"),
    official: file("lke-resmi-bappeda.xlsx"),
    csv: file("rusak.xlsx"),
  };
}

/** n files picked at once: the given ones over and over, each under its own numbered name. */
export function manyFiles(files: readonly PickedFile[], n: number): PickedFile[] {
  return Array.from({ length: n }, (_, i) => {
    const f = files[i % files.length];
    return { ...f, name: `${String(i + 1).padStart(2, "0")}-${f.name}` };
  });
}

/**
 * n reviewed files, lean, as a host holds them after reviewing a pick (made in memory, without
 * .xlsx bytes): a plan, our LKE, an unreadable file and an official LKE, over and over (so any 3
 * give every part of every recap).
 */
export function reviewedFiles(n: number, asOf: number): ReviewedFile[] {
  const options = { asOf, timeZone: "Asia/Jakarta" };
  const plan = gridFromSpec(buildPlanSheet(newPlanDocument({ agency: "Dinas Kesehatan", year: 2026 }, LAMPIRAN_I), LAMPIRAN_I));
  const lke = gridFromSpec(buildEvaluationSheet(LKE_ZI_2026, { agency: "Dinas Sosial", year: 2026, answers: { unit: bestAnswers(), tpi: bestAnswers() } as never }));
  const official = officialWorkbook({ agency: "Bappeda", unit: bestAnswers(), tpi: withAnswers(bestAnswers(), { 12: "D" }) }).grids;
  const kinds = [
    (f: string) => reviewWorkbook(f, { sheets: [plan], timeZone: "Asia/Jakarta" }, options),
    (f: string) => reviewWorkbook(f, { sheets: [lke], timeZone: "Asia/Jakarta" }, options),
    (f: string): ReviewedFile => ({ kind: "unreadable", file: f, error: "Berkas kosong (0 byte)." }),
    (f: string) => reviewWorkbook(f, { ...official, timeZone: "Asia/Jakarta" }, options),
  ];
  return Array.from({ length: n }, (_, i) => leanReviewed(kinds[i % kinds.length](`${String(i + 1).padStart(2, "0")}.xlsx`)));
}
