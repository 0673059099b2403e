import { MONTHS_ID } from "../i18n/dates.js";
import { isoFromSerial, ymdFromSerial } from "./serial.js";

/** "31 Maret 2026" */
export function formatDateId(serial: number): string {
  const ymd = ymdFromSerial(serial);
  return ymd ? `${ymd.d} ${MONTHS_ID[ymd.m - 1]} ${ymd.y}` : "";
}

/** "31/03/2026", the way Indonesian offices write dates in cells. */
export function formatDateNumeric(serial: number): string {
  const ymd = ymdFromSerial(serial);
  return ymd ? `${String(ymd.d).padStart(2, "0")}/${String(ymd.m).padStart(2, "0")}/${ymd.y}` : "";
}

export { isoFromSerial };
