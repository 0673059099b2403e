import { promises as fs } from "node:fs";
import path from "node:path";
import { buildPlanSheet, cliText, LAMPIRAN_I, newPlanDocument, todaySerial, ymdFromSerial } from "../../core/index.js";
import { demoPlan } from "../demo.js";
import { writeDemoLke, writeDemoOfficialLke, writeDemoReport } from "../score/demo.js";
import { validateDemo } from "../demo-validate.js";
import { applySheetSpec } from "../xlsx/apply.js";
import { newWorkbook, saveWorkbook } from "../xlsx/files.js";
import { asOfOption, parse, timeZoneOption } from "../args.js";
import type { Command } from "./types.js";

const OPTIONS = {
  "per-tanggal": { type: "string" },
  timpa: { type: "boolean" },
} as const;

export const contoh: Command = {
  name: "contoh",
  summary: cliText.contoh.summary,
  help: cliText.contoh.help,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS);
    const timeZone = timeZoneOption(values["zona-waktu"]);
    const asOf = asOfOption(values["per-tanggal"], timeZone);
    const year = ymdFromSerial(asOf)?.y ?? ymdFromSerial(todaySerial(timeZone))!.y;
    const dir = positionals[0] ?? "contoh";
    const overwrite = values.timpa === true;
    await fs.mkdir(dir, { recursive: true });
    const agency = cliText.contoh.agency;

    const blankFile = path.join(dir, "rencana-contoh.xlsx");
    const blank = newWorkbook();
    applySheetSpec(blank, buildPlanSheet(newPlanDocument({ agency, year, predicate: "WBK", timeZone }, LAMPIRAN_I)));
    await saveWorkbook(blank, blankFile, { overwrite });
    io.out(cliText.wrote(blankFile, cliText.contoh.blank));

    const demo = demoPlan(agency, year, asOf, timeZone);
    const filledFile = path.join(dir, "rencana-contoh-terisi.xlsx");
    const filled = newWorkbook();
    applySheetSpec(filled, buildPlanSheet(demo.document));
    await saveWorkbook(filled, filledFile, { overwrite });
    const actions = Object.keys(demo.document.actions).length;
    io.out(cliText.wrote(filledFile, cliText.contoh.filled(actions, demo.missing, demo.overdue)));
    const lke = await writeDemoLke(dir, demo.document, { overwrite, timeZone }, io);
    const official = await writeDemoOfficialLke(dir, year, { overwrite }, io);
    await validateDemo({ dir, plans: [blankFile, filledFile], filled: filledFile }, year, asOf, timeZone, overwrite, io);
    await writeDemoReport(dir, [lke, official], asOf, { overwrite, timeZone }, io);
    return 0;
  },
};
