// A plan typed by hand after the printed Lampiran, for `zi contoh`: a cover sheet, title lines,
// one table per area with the rencana aksi numbered inside one cell, the way PDs send them, with
// a few typos (still recognised) and a few gaps (reported) so validation has something to show.

import type ExcelJS from "exceljs";
import { contohValidasiText, daysInMonth, LAMPIRAN_I, type CatalogIndicator } from "../core/index.js";

/** Spellings the demo PD got wrong; the reader still recognises them. */
const TYPOS: Record<string, string> = {
  "PW.1": "Pengendalian Gratifkasi",
  "PW.4.1": "Menerapkan Whistle Blowing Sistem",
  "SDM.1.1": "Menerapkan rencana kebutuhan pegawai mengacu peta jabatan dan analisis beban kerja",
};
/** Left out of the demo plan: validation reports them missing. */
const LEFT_OUT = new Set(["PP.3", "SDM.4.4", "AK.2.6"]);
const TARGETS = ["Triwulan I", "Maret", "Semester I", "Juni 2026", "Setiap bulan", "Triwulan III", "Segera", "31/10/2026", "Desember"];
const STATUS = ["Selesai", "Dalam Proses", "Belum Mulai", "Sudah", "Proses"];

function actionsCell(ind: CatalogIndicator): string {
  const kept = ind.actions.filter((a) => !LEFT_OUT.has(a.id));
  if (kept.length === 1) return TYPOS[kept[0].id] ?? kept[0].text;
  return kept.map((a, i) => `${i + 1}. ${TYPOS[a.id] ?? a.text};`).join("\n");
}

export function addTypedDemoSheets(wb: ExcelJS.Workbook, year: number): void {
  const agency = contohValidasiText.typedAgency;
  const cover = wb.addWorksheet("Sampul");
  cover.getCell("B3").value = "DOKUMEN RENCANA PEMBANGUNAN ZONA INTEGRITAS";
  cover.getCell("B5").value = agency.toUpperCase();
  cover.getCell("B6").value = `TAHUN ${year}`;

  const ws = wb.addWorksheet("Rencana Aksi");
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.columns = [{ width: 5 }, { width: 28 }, { width: 55 }, { width: 16 }, { width: 20 }, { width: 14 }, { width: 24 }];
  ws.getCell("A1").value = `RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK ${agency.toUpperCase()} DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI`;
  ws.mergeCells("A1:G1");
  ws.getCell("A2").value = `TAHUN ${year}`;
  ws.mergeCells("A2:G2");
  let r = 4;
  const put = (values: (string | number | Date | null)[]) => {
    ws.getRow(r).values = values;
    r++;
  };
  let n = 0;
  for (const area of LAMPIRAN_I.areas) {
    if (area.kind === "result" && area.no === 1) {
      r++;
      put(["RENCANA AKSI INDIKATOR HASIL"]);
    }
    r++;
    put([area.kind === "result" ? `${area.no}.` : `${area.no}. ${area.text}`]);
    put(["NO", "INDIKATOR", "RENCANA AKSI", "TARGET WAKTU PELAKSANAAN", "PENANGGUNG JAWAB", "STATUS", "BUKTI DUKUNG"]);
    put(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
    for (const ind of area.indicators) {
      if (LEFT_OUT.has(ind.id)) continue;
      const target = TARGETS[n % TARGETS.length];
      const status = STATUS[n % STATUS.length];
      const due = new Date(Date.UTC(year, n % 12, daysInMonth(year, (n % 12) + 1)));
      put([`${ind.no}.`, TYPOS[ind.id] ?? ind.text, actionsCell(ind), n % 4 === 3 ? due : target, "Sekretariat", status,
        status === "Selesai" && n % 3 ? "SK Kepala Badan" : null]);
      n++;
    }
  }
  ws.eachRow((row) => row.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: "top" };
    if (cell.value instanceof Date) cell.numFmt = "dd/mm/yyyy";
  }));
  r += 2;
  put([null, "TIM PEMBANGUNAN ZONA INTEGRITAS"]);
  put(["NO", "KEDUDUKAN DALAM TIM", "NAMA", "NIP"]);
  put([1, "Ketua", "Dra. Lilis Suryani, M.Si.", "197501012000032001"]);
  put([2, "Anggota", "Agus Salim, S.T.", "198003032005011002"]);
  put([3, "Anggota", "Nia Kurniasih, S.E.", "198505052010012003"]);
}
