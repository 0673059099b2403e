// Sheet names: Excel allows 31 characters and none of : \ / ? * [ ]; Google Sheets follows suit here
// so that a workbook moves between the two.

const MAX_LEN = 31;

export function cleanSheetName(name: string): string {
  // An apostrophe is legal inside a name but breaks the quoting of sheet references in some writers.
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").replace(/'/g, "’").replace(/\s+/g, " ").trim();
  return (cleaned || "Lembar").slice(0, MAX_LEN).trim();
}

/** The wanted name when it is free, else "name (2)", "name (3)", ... never one that exists (case-insensitive). */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, MAX_LEN - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
