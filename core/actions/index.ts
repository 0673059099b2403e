// What each button of the Excel task pane and the Google Sheets sidebar does, host-free. A host
// reads the workbook (when the action needs it) into Grids, calls the action, inserts the sheets
// of the outcome under free names and shows its message, items and score. Both hosts share this,
// so the two add-ins behave the same and their adapters stay small.

import { LAMPIRAN_I } from "../catalog/index.js";
import { actionsText } from "../i18n/actions.js";
import { buildPlanSheet } from "../plan/build.js";
import { newPlanDocument } from "../plan/model.js";
import { failed, findGeneratedPlan, type ActionName, type HostAction } from "./common.js";
import { hitungNilai, sisipkanLke } from "./score.js";
import { laporanBerkala, periksa, validasi } from "./validate.js";

export * from "./common.js";

const sisipkanLampiran: HostAction = {
  reads: false,
  run(request, catalog = LAMPIRAN_I) {
    const { form } = request;
    if (!form.agency.trim()) return failed(actionsText.needAgency);
    if (!form.year) return failed(actionsText.needYear);
    const doc = newPlanDocument(
      {
        agency: form.agency,
        year: form.year,
        predicate: form.predicate,
        team: form.team.map((m) => ({ name: m.name || undefined, nip: m.nip || undefined, position: m.position || undefined })),
        timeZone: request.timeZone,
      },
      catalog,
    );
    return { insert: [buildPlanSheet(doc, catalog)], message: actionsText.planInserted(form.agency), ok: true, items: [] };
  },
};

const perbaruiLampiran: HostAction = {
  reads: true,
  run(request, catalog = LAMPIRAN_I) {
    const read = findGeneratedPlan(request, catalog);
    if (!read) return failed(actionsText.noPlan);
    return {
      insert: [buildPlanSheet(read.document, catalog, read.sheet)],
      message: actionsText.planRefreshed(read.sheet),
      ok: true,
      items: [],
    };
  },
};

/** The actions by name, in the order of the pane's sections: Rencana, Validasi, Penilaian. */
export const HOST_ACTIONS: Record<ActionName, HostAction> = {
  sisipkanLampiran,
  perbaruiLampiran,
  periksa,
  laporanBerkala,
  validasi,
  sisipkanLke,
  hitungNilai,
};
