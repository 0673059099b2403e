// Answers as people type them into the official workbook, made into what our LKE sheet and the
// engine read: "ya" and " b " become "Ya" and "B", "3,41" (decimal comma) and "12" typed as
// text become numbers. Anything else stays as typed, so the engine reports it as invalid with
// the text quoted back.

import type { CellValue } from "../../sheet/types.js";
import type { AnswerType } from "../model.js";

/** Spaces of every kind (NBSP from web forms included) trimmed and collapsed. */
function clean(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/** "3,41" / "3.41" / "1.234" / "1 234" as a number; null when the text is not one. */
function numberText(text: string, integer: boolean): number | null {
  const t = clean(text).replace(/ /g, "");
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t) && integer) return Number(t.replace(/\./g, ""));
  if (/^\d{1,3}(?:,\d{3})+$/.test(t) && integer) return Number(t.replace(/,/g, ""));
  if (/^-?\d+(?:[.,]\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return null;
}

/** A choice typed "a", " B ", "b." or "(c)": the option's own key. */
function choiceKey(type: Extract<AnswerType, { kind: "choice" }>, text: string): string | null {
  const t = clean(text).replace(/^\((.*)\)$/, "$1").replace(/[.)]$/, "").toUpperCase();
  return type.options.find((o) => o.key.toUpperCase() === t)?.key ?? null;
}

export function normalizeAnswer(type: AnswerType, v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  if (clean(v) === "") return null;
  switch (type.kind) {
    case "choice":
      return choiceKey(type, v) ?? v;
    case "count":
      return numberText(v, true) ?? v;
    case "index":
      return numberText(v, false) ?? v;
  }
}
