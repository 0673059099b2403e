// Injected into the task pane page before its scripts (page.addInitScript): Office.onReady says
// "Excel", Excel.run runs on the recording fake, CustomFunctions records what registers, and
// window.alert records instead of showing. Tests read window.__ziFake.
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
w.Office = {
  HostType: { Excel: "Excel" },
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
