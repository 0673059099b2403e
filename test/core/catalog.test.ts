import { describe, expect, it } from "vitest";
import { actionEntries, findAction, findIndicator, indicatorEntries, LAMPIRAN_I, withAgency } from "../../core/index.js";

describe("Lampiran I catalog", () => {
  it("has the eight areas in the Lampiran's order with their codes", () => {
    expect(LAMPIRAN_I.areas.map((a) => a.code)).toEqual(["MP", "PT", "SDM", "AK", "PW", "PP", "H1", "H2"]);
    expect(LAMPIRAN_I.areas.map((a) => a.kind)).toEqual([...Array(6).fill("enabler"), "result", "result"]);
    expect(LAMPIRAN_I.areas.find((a) => a.code === "H2")?.text).toBe(
      "TERWUJUDNYA PENINGKATAN KUALITAS PELAYANAN PUBLIK KEPADA MASYARAKAT",
    );
  });

  it("counts 26 indicators and 68 rencana aksi", () => {
    expect(indicatorEntries(LAMPIRAN_I)).toHaveLength(26);
    expect(actionEntries(LAMPIRAN_I)).toHaveLength(68);
    const perArea = Object.fromEntries(LAMPIRAN_I.areas.map((a) => [a.code, a.indicators.flatMap((i) => i.actions).length]));
    expect(perArea).toEqual({ MP: 8, PT: 7, SDM: 13, AK: 9, PW: 17, PP: 11, H1: 2, H2: 1 });
  });

  it("numbers ids the way the Lampiran numbers its rows and items", () => {
    const ids = new Set<string>();
    for (const area of LAMPIRAN_I.areas) {
      area.indicators.forEach((ind, i) => {
        expect(ind.no).toBe(i + 1);
        expect(ind.id).toBe(`${area.code}.${i + 1}`);
        ind.actions.forEach((a, j) => {
          expect(a.id).toBe(`${ind.id}.${j + 1}`);
          expect(ids.has(a.id)).toBe(false);
          ids.add(a.id);
        });
      });
    }
    expect(findAction(LAMPIRAN_I, "PW.4.2")?.action.text).toBe("Mengevaluasi penerapan Whistle Blowing System");
    expect(findIndicator(LAMPIRAN_I, "PW.4")?.text).toBe("Whistle Blowing System");
  });

  it("keeps the text as in the regulation, without list punctuation", () => {
    for (const { action } of actionEntries(LAMPIRAN_I)) {
      expect(action.text).not.toMatch(/[;.]\s*$/);
      expect(action.text.trim()).toBe(action.text);
    }
    expect(findAction(LAMPIRAN_I, "PT.1.2")?.action.text).toBe("Evaluasi/perbaiki SOP");
    expect(findAction(LAMPIRAN_I, "H2.1.1")?.action.text).toContain("SKPD-SKPD");
  });

  it("corrects the source's typing errors and keeps the original spelling for matching", () => {
    const sdm11 = findAction(LAMPIRAN_I, "SDM.1.1")!.action;
    expect(sdm11.text).toContain("rencana kebutuhan pegawai");
    expect(sdm11.text).toContain("analisis beban kerja");
    expect(sdm11.original).toContain("kebutuh-an");
    expect(sdm11.original).toContain("bebankerja");
    expect(findAction(LAMPIRAN_I, "SDM.1.2")!.action.original).toContain("terhdap");
    expect(findAction(LAMPIRAN_I, "SDM.1.2")!.action.text).toContain("terhadap");
    expect(findAction(LAMPIRAN_I, "MP.4.2")!.action.text).toContain("pembangunan");
    expect(findAction(LAMPIRAN_I, "MP.4.2")!.action.original).toContain("pembagunan");
    expect(LAMPIRAN_I.document.enablerIntro.text).toContain("MENDUKUNG");
    expect(LAMPIRAN_I.document.enablerIntro.text).toContain("INTEGRITAS (ZI)");
    expect(LAMPIRAN_I.document.enablerIntro.original).toContain("MEDUKUNG");
    expect(LAMPIRAN_I.document.enablerIntro.original).toContain("INTEGERITAS");
  });

  it("names the LKE node behind each enabler indicator", () => {
    for (const { area, indicator } of indicatorEntries(LAMPIRAN_I)) {
      if (area.kind === "enabler") expect(indicator.lke).toMatch(/^A\.I\.[1-6]\.[ivx]+$/);
    }
    expect(findIndicator(LAMPIRAN_I, "MP.1")?.lke).toBe("A.I.1.i");
    expect(findIndicator(LAMPIRAN_I, "PP.3")?.lke).toBe("A.I.6.iv");
  });

  it("gives every entry a source in the regulation", () => {
    for (const { area, indicator, action } of actionEntries(LAMPIRAN_I)) {
      expect(area.source.document).toBe("Peraturan Bupati Bekasi Nomor 30 Tahun 2021");
      expect(indicator.source.item).toBe(`NO ${indicator.no}`);
      expect(action.source.item).toBe(`NO ${indicator.no}, rencana aksi ${action.no}`);
    }
  });

  it("puts the Perangkat Daerah's name where the Lampiran says SKPD", () => {
    expect(withAgency(LAMPIRAN_I.document.planTitle.text, "Dinas Kesehatan")).toBe(
      "RENCANA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM DINAS KESEHATAN DI LINGKUNGAN PEMERINTAHAN KABUPATEN BEKASI",
    );
    expect(withAgency("SKPD-SKPD lingkup", "Dinas X")).toBe("SKPD-SKPD lingkup");
  });
});
