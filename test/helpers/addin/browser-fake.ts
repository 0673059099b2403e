// Injected into the task pane page before its scripts (page.addInitScript): Office.onReady says
// "Excel", Excel.run runs on the recording fake, CustomFunctions records what registers, and
// window.alert records instead of showing. Tests read window.__ziFake. An older Excel is played
// by setting window.__ziApiVersions (e.g. { ExcelApi: "1.12" }, the highest version supported)
// before this script: isSetSupported answers from it, and everything when it is unset.
import { FakeExcel } from "./excel-fake.js";

const w = globalThis as unknown as Record<string, unknown>;
const fake = new FakeExcel({ syncDelayMs: 80 });
const alerts: string[] = [];
const associated: string[] = [];

class CustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

w.__ziFake = fake;
w.__alerts = alerts;
w.__associated = associated;
w.alert = (message: unknown) => alerts.push(String(message));
w.Excel = { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => fake.run(batch) };
/** "1.13" >= "1.9": compared part by part as numbers, as Office does. */
function atLeast(have: string, want: string): boolean {
  const h = have.split(".").map(Number);
  const x = want.split(".").map(Number);
  for (let i = 0; i < Math.max(h.length, x.length); i++) if ((h[i] ?? 0) !== (x[i] ?? 0)) return (h[i] ?? 0) > (x[i] ?? 0);
  return true;
}

const requirementChecks: string[] = [];
w.__requirementChecks = requirementChecks;
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    requirements: {
      isSetSupported: (name: string, version = "1.1") => {
        requirementChecks.push(`${name} ${version}`);
        const have = (w.__ziApiVersions as Record<string, string> | undefined)?.[name];
        return have === undefined || atLeast(have, version);
      },
    },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) =>
    Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((info) => {
      callback?.(info);
      return info;
    }),
};
w.CustomFunctions = {
  associate: (id: string) => associated.push(id),
  Error: CustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
