// "Periksa berkas kiriman…", sidebar side: the lean results of the reviewed files travel to the
// server as JSON pieces of at most 90 KB (core/review/pieces.ts), one google.script.run call each
// and one after another; the last piece comes with the call that inserts the recap sheets. A
// random token keeps one review's pieces apart from another's in the user's cache.

import { portableText, splitPieces, type ReviewedFile } from "../../core/review/index.js";
import type { ReviewInsertOutcome } from "../server/review.js";
import { callServer } from "./server.js";

function randomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends the reviewed files and has the server insert their recap sheets. `sending(i, n)` before
 * each call. `day`: the as-of day (YYYY-MM-DD) the files were reviewed on.
 */
export async function sendReview(files: readonly ReviewedFile[], day: string, sending: (i: number, n: number) => void): Promise<ReviewInsertOutcome> {
  const pieces = splitPieces(portableText(files));
  const token = randomToken();
  for (let i = 0; i < pieces.length - 1; i++) {
    sending(i + 1, pieces.length);
    await callServer<boolean>("ziKeepReviewPiece", token, i, pieces[i]);
  }
  sending(pieces.length, pieces.length);
  return callServer<ReviewInsertOutcome>("ziInsertReviewRecaps", token, pieces.length, pieces[pieces.length - 1], day);
}
