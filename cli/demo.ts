// The demo plan behind `zi contoh` and `npm start`: a sample Perangkat Daerah whose plan is filled
// the way real ones are (dates, month and quarter texts, recurring targets), with a few rencana
// aksi left without a target and a few overdue, relative to the as-of date.

import {
  actionEntries, assessAction, endOfMonth, LAMPIRAN_I, newPlanDocument, ymdFromSerial, type PlanDocument,
} from "../core/index.js";

const OWNERS = ["Sekretaris", "Kasubag Umum dan Kepegawaian", "Kasubag Perencanaan", "Kabid Layanan", "Tim ZI"];
const TEXT_TARGETS: Record<number, string> = { 4: "Triwulan II", 9: "Setiap triwulan", 15: "Januari s.d. Desember", 22: "Semester I" };
const MISSING = new Set([6, 19, 33, 47]);

export interface DemoPlan {
  document: PlanDocument;
  missing: number;
  overdue: number;
}

export function demoPlan(agency: string, year: number, asOf: number, timeZone: string): DemoPlan {
  const doc = newPlanDocument(
    {
      agency,
      year,
      predicate: "WBK",
      team: [
        { name: "Drs. Ahmad Fauzi, M.Si.", nip: "197003121995031002", position: "Sekretaris Dinas" },
        { name: "Rina Marlina, S.E.", nip: "198205142006042011", position: "Kasubag Umum dan Kepegawaian" },
        { name: "Dedi Kurniawan, S.Kom.", nip: "198710222010011003", position: "Pranata Komputer Ahli Muda" },
        { name: "Siti Nurhaliza, S.AP.", nip: "199002172015032004", position: "Analis Kebijakan" },
        { name: "Agus Setiawan, S.H.", nip: "198811302012121002", position: "Pengelola Pengaduan Masyarakat" },
      ],
      head: { name: "Ir. Budi Santoso, M.T.", nip: "NIP. 196805101994031006" },
      timeZone,
    },
    LAMPIRAN_I,
  );
  const asOfYmd = ymdFromSerial(asOf);
  actionEntries(LAMPIRAN_I).forEach(({ action }, i) => {
    const month = (i % 12) + 1;
    const due = endOfMonth(year, month);
    const text = TEXT_TARGETS[i];
    const target = MISSING.has(i) ? null : text ?? due;
    const pastDue = typeof target === "number" && target < asOf;
    const done = pastDue ? i % 4 !== 0 : i % 7 === 1 && asOfYmd !== null;
    doc.actions[action.id] = {
      target,
      owner: OWNERS[i % OWNERS.length],
      status: done ? "Selesai" : pastDue || i % 3 === 0 ? "Dalam Proses" : "Belum Mulai",
      doneOn: done && typeof target === "number" ? Math.min(target - 3, asOf) : null,
      evidence: done ? (i % 5 === 2 ? null : `Bukti ${action.id}: SK/laporan kegiatan`) : null,
      notes: null,
      extra: {},
    };
  });
  // Counted by the core's own rules, so the demo says what validation and the report will say.
  const ctx = { planYear: year, asOf, timeZone };
  const assessed = Object.values(doc.actions).map((v) => assessAction(v, ctx));
  return {
    document: doc,
    missing: assessed.filter((a) => a.target.kind === "empty").length,
    overdue: assessed.filter((a) => a.overdue).length,
  };
}
