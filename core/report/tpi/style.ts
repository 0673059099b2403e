// Looks and blocks both sheets of the TPI report share: the colour of a predicate, the fill of
// cells the TPI types into (the LKE's answer cells have it too), and the ketua's signature.

import { formatDateId } from "../../dates/format.js";
import { tpiReportText } from "../../i18n/tpi-report.js";
import type { SpecBuilder } from "../../sheet/spec.js";
import type { CellStyle } from "../../sheet/types.js";
import type { TpiReportOptions } from "./entries.js";

/** Columns of a PD's Laporan Hasil Evaluasi: NO, SOAL, KODE, PERTANYAAN / KOMPONEN, then six of figures or answers. */
export const LHE_COLUMNS = [5, 7, 12, 50, 12, 12, 12, 12, 12, 14].map((width) => ({ width }));
export const LHE_LAST = LHE_COLUMNS.length - 1;

/** Cells meant to be typed in, filled like the LKE's answer cells. */
export const INPUT: CellStyle = { fill: "#FFF2CC" };

export const PREDICATE_FILL = {
  /** The best predicate (WBBM). */
  top: { fill: "#C6EFCE", fontColor: "#006100", bold: true },
  /** A lower one (WBK). */
  other: { fill: "#DDEBF7", fontColor: "#1F4E79", bold: true },
  none: { fill: "#F8CBAD", fontColor: "#9C0006", bold: true },
} satisfies Record<string, CellStyle>;

/**
 * "Cikarang Pusat, 30 Juni 2026", "Ketua Tim Penilai Internal", room to sign, name and NIP lines,
 * over columns from..to. The place is Kabupaten Bekasi's seat, or the other kabupaten's name.
 */
export function writeSignature(b: SpecBuilder, top: number, options: TpiReportOptions, kabupaten: string, from: number, to: number): number {
  const s = tpiReportText.signature;
  const place = kabupaten === tpiReportText.defaultKabupaten ? tpiReportText.defaultPlace : kabupaten;
  const lines: [number, string][] = [[0, s.place(place, formatDateId(options.asOf))], [1, s.title], [5, s.name], [6, s.nip]];
  for (const [offset, text] of lines) b.set(top + offset, from, text).merge(top + offset, from, top + offset, to);
  b.style([top, from, top + 6, to], { hAlign: "center" });
  b.style([top + 5, from, top + 5, to], { hAlign: "center", bold: true, underline: true });
  return top + 6;
}
