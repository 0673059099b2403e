// A reviewed file as plain data that crosses a boundary: from the offline page's worker to its
// window (structured clone), from the sidebar to the Apps Script server (JSON through
// google.script.run). The evaluation model is the bulk of an assessed workbook and is the same for
// every file, so it travels as its id and is looked up again on the other side.

import { findModel } from "../score/models/index.js";
import type { AssessedWorkbook } from "../score/assess.js";
import { leanReviewed, type ReviewedFile } from "./review.js";

export type PortableAssessed = Omit<AssessedWorkbook, "model"> & { model: string | null };

export type PortableReviewed = Exclude<ReviewedFile, { kind: "lke" }> | { kind: "lke"; file: string; assessed: PortableAssessed };

/**
 * `lean` also leaves out what only the per-PD reports read (the answers, cells and notes of the
 * reading), for a recap that needs the scores alone.
 */
export function toPortable(r: ReviewedFile, options: { lean?: boolean } = {}): PortableReviewed {
  const f = options.lean ? leanReviewed(r) : r;
  if (f.kind !== "lke") return f;
  return { kind: "lke", file: f.file, assessed: { ...f.assessed, model: f.assessed.model?.id ?? null } };
}

export function fromPortable(p: PortableReviewed): ReviewedFile {
  if (p.kind !== "lke") return p;
  const model = p.assessed.model ? findModel(p.assessed.model) ?? null : null;
  return { kind: "lke", file: p.file, assessed: { ...p.assessed, model } };
}
