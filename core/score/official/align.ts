// Rows of the official sheet paired with the model's questions, in order: a monotone alignment
// (like a diff) that pairs rows of the same answer type whose texts are alike, maximising first
// the number of pairs, then their likeness. Rows inserted, deleted, blank or with edited texts
// shift nothing. Where a stretch between two paired rows holds as many unpaired rows as unpaired
// questions, with the same answer types in the same order, they are paired by order: the text was
// rewritten, but the place and the type still say which question it is.

import { textSimilarity, type Prepared } from "../../catalog/match.js";

export interface Alignable {
  type: string;
  prepared: Prepared;
}

export interface Pair {
  /** Index into the rows. */
  row: number;
  /** Index into the questions. */
  question: number;
  /** Paired by position and type only: the texts differ. */
  byOrder: boolean;
}

/** Texts at least this alike may pair on their own. */
export const TEXT_MATCH = 0.5;

/**
 * Rows spelled exactly like exactly one question of their type, and that question spelled by no
 * other row: sure pairs. Between two of them a row can only pair with a question between theirs,
 * so likeness is measured there alone (in a typical workbook, almost nowhere). Null when the sure
 * pairs are out of order (rows moved around): then every pair is measured.
 */
function surePairs(rows: readonly Alignable[], questions: readonly Alignable[]): Int32Array | null {
  const key = (a: Alignable) => `${a.type}\u0000${a.prepared.compact}`;
  const count = (list: readonly Alignable[]) => {
    const m = new Map<string, number>();
    for (const a of list) m.set(key(a), (m.get(key(a)) ?? 0) + 1);
    return m;
  };
  const rowCount = count(rows);
  const questionCount = count(questions);
  const questionOf = new Map(questions.map((q, j) => [key(q), j]));
  const sure = new Int32Array(rows.length).fill(-1);
  let last = -1;
  for (let i = 0; i < rows.length; i++) {
    const k = key(rows[i]);
    if (!rows[i].prepared.compact || rowCount.get(k) !== 1 || questionCount.get(k) !== 1) continue;
    const j = questionOf.get(k)!;
    if (j <= last) return null;
    sure[i] = last = j;
  }
  return sure;
}

export function alignRows(rows: readonly Alignable[], questions: readonly Alignable[]): Pair[] {
  const R = rows.length;
  const Q = questions.length;
  const width = Q + 1;
  const best = new Float64Array((R + 1) * width);
  const weight = new Float64Array(R * Q);
  const sure = surePairs(rows, questions);
  // For each row, the questions it may pair with: between the sure pairs around it.
  let from = 0;
  for (let i = 0; i < R; i++) {
    if (sure && sure[i] >= 0) {
      weight[i * Q + sure[i]] = 2;
      from = sure[i] + 1;
      continue;
    }
    let to = Q - 1;
    if (sure) for (let k = i + 1; k < R; k++) if (sure[k] >= 0) { to = sure[k] - 1; break; }
    for (let j = sure ? from : 0; j <= to; j++) {
      if (rows[i].type !== questions[j].type) continue;
      const sim = textSimilarity(rows[i].prepared, questions[j].prepared, TEXT_MATCH);
      // Each pair is worth more than any likeness, so more pairs always win.
      if (sim >= TEXT_MATCH) weight[i * Q + j] = 1 + sim;
    }
  }
  for (let i = 1; i <= R; i++) {
    for (let j = 1; j <= Q; j++) {
      const w = weight[(i - 1) * Q + (j - 1)];
      const diagonal = w > 0 ? best[(i - 1) * width + (j - 1)] + w : 0;
      best[i * width + j] = Math.max(best[(i - 1) * width + j], best[i * width + (j - 1)], diagonal);
    }
  }
  const pairs: Pair[] = [];
  for (let i = R, j = Q; i > 0 && j > 0; ) {
    const here = best[i * width + j];
    const w = weight[(i - 1) * Q + (j - 1)];
    if (w > 0 && here === best[(i - 1) * width + (j - 1)] + w) {
      pairs.push({ row: i - 1, question: j - 1, byOrder: false });
      i--;
      j--;
    } else if (here === best[(i - 1) * width + j]) i--;
    else j--;
  }
  pairs.reverse();
  return fillGapsByOrder(rows, questions, pairs);
}

function fillGapsByOrder(rows: readonly Alignable[], questions: readonly Alignable[], pairs: Pair[]): Pair[] {
  const out: Pair[] = [];
  const anchors = [{ row: -1, question: -1 }, ...pairs, { row: rows.length, question: questions.length }];
  for (let k = 1; k < anchors.length; k++) {
    const from = anchors[k - 1];
    const to = anchors[k];
    const gapRows = to.row - from.row - 1;
    const gapQuestions = to.question - from.question - 1;
    if (gapRows > 0 && gapRows === gapQuestions) {
      const sameTypes = Array.from({ length: gapRows }, (_, d) => rows[from.row + 1 + d].type === questions[from.question + 1 + d].type);
      if (sameTypes.every(Boolean)) {
        for (let d = 0; d < gapRows; d++) out.push({ row: from.row + 1 + d, question: from.question + 1 + d, byOrder: true });
      }
    }
    if (k < anchors.length - 1) out.push(pairs[k - 1]);
  }
  return out;
}
