// Programs the tests drive (Chromium, Firefox, LibreOffice): required in CI, where .ci/run installs
// them, and their tests skipped elsewhere when absent.

/** Whether the program is present; in CI a missing one fails the run instead of skipping its tests. */
export function requiredInCi(present: boolean, missing: string): boolean {
  if (!present && process.env.CI) throw new Error(`${missing}: .ci/run must install it`);
  return present;
}
