import path from "node:path";
import {
  buildPlanSheet, cliText, isGeneratedPlan, LAMPIRAN_I, newPlanDocument, planText, readPlan, VALUE_ROLES, isBlank,
  type PlanDocument,
} from "../../core/index.js";
import { readWorkbookPlan, rencanaTypedText } from "../../core/index.js";
import { applySheetSpec } from "../xlsx/apply.js";
import {
  checkOutputPath, FileProblem, loadWorkbookForWriting, newWorkbook, readFileChecked, readWorkbookBytes, saveWorkbook,
} from "../xlsx/files.js";
import { parse, predicateOption, safeFileName, timeZoneOption, UsageError, yearOption } from "../args.js";
import type { Command } from "./types.js";

const OPTIONS = {
  pd: { type: "string" },
  tahun: { type: "string" },
  predikat: { type: "string" },
  ketua: { type: "string" },
  anggota: { type: "string", multiple: true },
  dari: { type: "string" },
  keluaran: { type: "string", short: "o" },
  timpa: { type: "boolean" },
} as const;

/** How many values a user typed in a plan: what regeneration must carry. */
export function typedValueCount(doc: PlanDocument): number {
  let n = 0;
  for (const v of Object.values(doc.actions)) {
    for (const role of VALUE_ROLES) if (!isBlank(v[role])) n++;
    for (const x of Object.values(v.extra)) if (!isBlank(x)) n++;
  }
  for (const m of doc.team) for (const x of [m.name, m.nip, m.position]) if (!isBlank(x)) n++;
  return n;
}

async function regenerate(from: string, out: string | undefined, opts: Record<string, unknown>, overwrite: boolean, timeZone: string) {
  if (!out) throw new UsageError(cliText.missingOption("-o", "rencana"));
  await checkOutputPath(out, { overwrite, inputs: [from] });
  const bytes = await readFileChecked(from);
  const grids = await readWorkbookBytes(bytes, timeZone);
  const oldGrid = grids.sheets.find((g) => isGeneratedPlan(g));
  // A plan typed by hand keeps its sheet: the generated Lampiran is added after it, values carried by matched id.
  const typed = oldGrid ? null : readWorkbookPlan(grids, { timeZone });
  const read = oldGrid ? readPlan(oldGrid, { timeZone }) : typed;
  if (!read) throw new FileProblem(cliText.rencana.noPlanInSource(from));
  // The other sheets are carried as they are: exceljs opens the source only to write the copy.
  const wb = await loadWorkbookForWriting(bytes);
  const old = oldGrid ? wb.worksheets.find((ws) => ws.name === oldGrid.name) : undefined;
  if (oldGrid && !old) throw new FileProblem(cliText.rencana.noPlanInSource(from));
  const doc = read.document;
  if (typeof opts.pd === "string") doc.agency = opts.pd.trim();
  if (typeof opts.tahun === "string") doc.year = yearOption(opts.tahun, "--tahun", "rencana");
  if (typeof opts.predikat === "string") doc.predicate = predicateOption(opts.predikat);
  if (!old) {
    // The Lampiran's own texts (Dasar, Maksud, Tujuan) are not typed in the table: start from the catalog's.
    const base = newPlanDocument({ agency: doc.agency, year: doc.year ?? 0 }, LAMPIRAN_I);
    Object.assign(doc, { dasar: base.dasar, maksud: base.maksud, tujuan: base.tujuan });
    const source = wb.worksheets.find((w) => w.name === read.sheet);
    const ws = applySheetSpec(wb, buildPlanSheet(doc, LAMPIRAN_I));
    if (source) ws.orderNo = source.orderNo + 0.5;
    await saveWorkbook(wb, out, { overwrite, inputs: [from] });
    return { file: out, what: rencanaTypedText.fromTyped(read.sheet, ws.name, typedValueCount(doc)) };
  }
  // The new sheet takes the old one's place and name; every other sheet stays as it was.
  const position = old.orderNo;
  const name = old.name;
  wb.removeWorksheet(old.id);
  const ws = applySheetSpec(wb, buildPlanSheet(doc, LAMPIRAN_I, name));
  ws.orderNo = position;
  await saveWorkbook(wb, out, { overwrite, inputs: [from] });
  return { file: out, what: cliText.rencana.regenerated(typedValueCount(doc)) };
}

export const rencana: Command = {
  name: "rencana",
  summary: cliText.rencana.summary,
  help: cliText.rencana.help,
  async run(args, io) {
    const { values } = parse(args, OPTIONS, false);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const overwrite = values.timpa === true;
    if (values.dari) {
      const r = await regenerate(values.dari, values.keluaran, values, overwrite, timeZone);
      io.out(cliText.wrote(r.file, r.what));
      return 0;
    }
    if (!values.pd?.trim()) throw new UsageError(cliText.missingOption("--pd", "rencana"));
    const year = yearOption(values.tahun, "--tahun", "rencana");
    const members = values.anggota ?? [];
    if (members.length > 4) throw new UsageError(cliText.rencana.tooManyMembers);
    const doc = newPlanDocument(
      {
        agency: values.pd,
        year,
        predicate: predicateOption(values.predikat),
        team: [{ name: values.ketua ?? null }, ...members.map((name) => ({ name }))].map((m) => ({ name: m.name ?? undefined })),
        timeZone,
      },
      LAMPIRAN_I,
    );
    const out = values.keluaran ?? `${safeFileName(`Rencana ZI ${doc.agency} ${year}`)}.xlsx`;
    const wb = newWorkbook();
    applySheetSpec(wb, buildPlanSheet(doc));
    await saveWorkbook(wb, out, { overwrite });
    io.out(cliText.wrote(path.normalize(out), `${cliText.rencana.wrote} (${planText.sheetName})`));
    return 0;
  },
};
