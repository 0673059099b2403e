// Workbooks in the official KemenPANRB LKE layout for tests: the generator lives with the demo in
// cli/score/official-layout.ts; this writes it to a file.
import { writeFile } from "node:fs/promises";
import { LKE_ZI_2026, type EvaluationModel } from "../../core/index.js";
import { officialExcelWorkbook, officialWorkbook, type OfficialOptions, type OfficialWorkbook } from "../../cli/score/official-layout.js";

export { officialWorkbook, type OfficialOptions, type OfficialWorkbook, type TpiBlock } from "../../cli/score/official-layout.js";

export async function writeOfficialXlsx(file: string, o: OfficialOptions = {}, model: EvaluationModel = LKE_ZI_2026): Promise<OfficialWorkbook> {
  const wb = officialWorkbook(o, model);
  await writeFile(file, Buffer.from(await officialExcelWorkbook(wb).xlsx.writeBuffer()));
  return wb;
}
