// The order names are listed in (files of a folder, PDs in a recap): by their letters, regardless
// of case and accents, then by their exact text so that no two names tie. Defined here rather than
// by ICU's collation, which costs every zi start ~8 ms to load and may differ between Node's and
// a browser's ICU, where the CLI and the offline page must list the same folder alike.
import { foldAccents } from "../sheet/values.js";

/** Negative when a comes first, positive when b does, 0 only for the same text. */
export function compareNames(a: string, b: string): number {
  const ka = foldAccents(a).toLowerCase();
  const kb = foldAccents(b).toLowerCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
