/** A number as Indonesian reports print it: two decimals, comma as the decimal mark. */
export function number2(n: number): string {
  return n.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
