import { describe, expect, it } from "vitest";
import { HOST_ACTIONS, readPlan, serialFromIso, type ActionRequest } from "../../core/index.js";
import { gridFromSpec } from "../helpers/spec-grid.js";

const form = { agency: "Dinas Perhubungan", year: 2026, predicate: "WBBM" as const, team: [{ name: "Ketua Tim", nip: "1", position: "Sekretaris" }] };
const request = (sheets: ActionRequest["workbook"]["sheets"] = []): ActionRequest => ({
  workbook: { sheets }, form, timeZone: "Asia/Jakarta",
});

describe("host actions", () => {
  it("Sisipkan Lampiran builds the plan sheet from the form", () => {
    const out = HOST_ACTIONS.sisipkanLampiran!.run(request());
    expect(out.ok).toBe(true);
    expect(out.insert).toHaveLength(1);
    const read = readPlan(gridFromSpec(out.insert[0]))!;
    expect(read.document).toMatchObject({ agency: "Dinas Perhubungan", year: 2026, predicate: "WBBM" });
    expect(read.document.team[0].name).toBe("Ketua Tim");
    expect(out.message).toContain("Dinas Perhubungan");
  });

  it("asks for what is missing instead of inserting", () => {
    const out = HOST_ACTIONS.sisipkanLampiran!.run({ ...request(), form: { ...form, agency: " " } });
    expect(out).toMatchObject({ ok: false, insert: [] });
    expect(out.message).toMatch(/Perangkat Daerah/);
  });

  it("Perbarui Lampiran rebuilds the plan with every typed value, as a new sheet", () => {
    const first = HOST_ACTIONS.sisipkanLampiran!.run(request()).insert[0];
    const grid = gridFromSpec(first, "Lampiran ZI");
    const row = grid.values.findIndex((r) => r[9] === "PW.4.2");
    grid.values[row][3] = serialFromIso("2026-09-30");
    grid.values[row][4] = "Irban";
    const out = HOST_ACTIONS.perbaruiLampiran!.run(request([{ name: "Sampul", values: [["x"]] }, grid]));
    expect(out.ok).toBe(true);
    expect(out.insert[0].name).toBe("Lampiran ZI");
    const read = readPlan(gridFromSpec(out.insert[0]))!;
    expect(read.document.actions["PW.4.2"]).toMatchObject({ target: serialFromIso("2026-09-30"), owner: "Irban" });
    expect(out.message).toMatch(/Lembar lama tetap ada/);
  });

  it("says there is no plan to refresh", () => {
    const out = HOST_ACTIONS.perbaruiLampiran!.run(request([{ name: "Data", values: [["a"]] }]));
    expect(out).toMatchObject({ ok: false, insert: [] });
  });
});
