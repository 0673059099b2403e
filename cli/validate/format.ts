// The human output of `zi validasi`: a short table per workbook and one summary line.

import {
  compareSeverity, findingSubject, formatDateId, reportText, subjectLabel, validasiText, hasError, type RecapEntry,
} from "../../core/index.js";

/** Findings listed per workbook on screen; the rest are in --json and --rekap. */
const SHOWN = 15;
/** The rencana aksi a finding is about, its id and the start of its Lampiran text, in one column. */
const SUBJECT_CHARS = 44;

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** One line per finding, never longer than the terminal's patience: messages are cut at 160 characters. */
export function formatEntry(e: RecapEntry): string[] {
  if (e.summary === null) return [validasiText.unreadable(e.file, e.error ?? "")];
  const verdict = hasError(e) ? reportText.verdict.incomplete : reportText.verdict.complete;
  const who = e.layout === null
    ? validasiText.noPlan
    : validasiText.who(e.agency, e.year, e.sheet ?? "", reportText.layout[e.layout], e.hidden === true);
  const lines = [validasiText.fileLine(e.file, who, verdict)];
  // Read but not acceptable as sent (a plan on a hidden sheet): say why first.
  if (e.error !== null) lines.push(`  ${e.error}`);
  const infos = e.findings.filter((f) => f.severity === "info").length;
  if (e.summary) lines.push(validasiText.counts(e.summary, infos));
  const sorted = [...e.findings].sort(compareSeverity);
  for (const f of sorted.slice(0, SHOWN)) {
    const message = f.message.length > 160 ? `${f.message.slice(0, 159)}…` : f.message;
    const subject = subjectLabel(findingSubject(f), SUBJECT_CHARS) || "-";
    lines.push(`  ${pad(reportText.severity[f.severity], 11)}${pad(f.code, 22)}${pad(`${f.sheet}!${f.cell}`, 20)}${pad(subject, SUBJECT_CHARS + 2)}${message}`);
  }
  if (sorted.length > SHOWN) lines.push(validasiText.more(sorted.length - SHOWN));
  return lines;
}

export function formatTotal(entries: RecapEntry[], asOf: number): string {
  const unreadable = entries.filter((e) => e.summary === null).length;
  const incomplete = entries.filter((e) => e.summary !== null && hasError(e)).length;
  return validasiText.total(entries.length, formatDateId(asOf), entries.length - unreadable - incomplete, incomplete, unreadable);
}
