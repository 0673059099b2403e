// Numbers as Indonesian reports print them, for every text and view that shows a score.

/** Two decimals, comma as the decimal mark: 90,46. */
export function number2(n: number): string {
  return n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
