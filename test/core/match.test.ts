import { describe, expect, it } from "vitest";
import {
  actionEntries, boundedDistance, catalogMatcher, LAMPIRAN_I, matchActions, matchArea, matchIndicator, normalizeText, prepareText,
  textSimilarity, splitActionItems, stripMarker,
} from "../../core/index.js";

const m = catalogMatcher(LAMPIRAN_I);
const indicator = (text: string, area: string | null = null) => matchIndicator(m, prepareText(text), area as never)?.id ?? null;
const actions = (texts: string[], scope: { indicator?: string; area?: string } = {}) =>
  matchActions(m, texts.map(prepareText), { indicator: scope.indicator ?? null, area: (scope.area ?? null) as never }, () => false)
    .map((e) => e?.action.id ?? null);

describe("normalising typed text", () => {
  it("drops list markers, case, accents, punctuation and extra spaces", () => {
    expect(stripMarker("1. Penyusunan")).toBe("Penyusunan");
    expect(stripMarker("b) Sosialisasi")).toBe("Sosialisasi");
    expect(stripMarker("(3) Evaluasi")).toBe("Evaluasi");
    expect(stripMarker("•  Monitoring")).toBe("Monitoring");
    expect(stripMarker("- Penerapan")).toBe("Penerapan");
    expect(stripMarker("IV. PENGUATAN")).toBe("PENGUATAN");
    expect(stripMarker("IKU ditetapkan")).toBe("IKU ditetapkan");
    expect(normalizeText("  2.  Evaluasi/perbaiki   SOP. ")).toBe("evaluasi perbaiki sop");
    expect(normalizeText("Sosialisasi & Pelatihan")).toBe("sosialisasi dan pelatihan");
    expect(normalizeText("Pelayanan Publík")).toBe("pelayanan publik");
  });

  it("measures edit distance with transpositions, stopping early past the bound", () => {
    expect(boundedDistance("gratifikasi", "gratifkasi", 3)).toBe(1);
    expect(boundedDistance("gratifikasi", "gartifikasi", 3)).toBe(1);
    expect(boundedDistance("abc", "abc", 0)).toBe(0);
    expect(boundedDistance("monitoring", "evaluasi", 2)).toBe(3);
    expect(boundedDistance("a", "abcdefgh", 2)).toBe(3);
  });

  it("scores the same text 1, a typo or a dropped word high, and unrelated texts low", () => {
    const s = (a: string, b: string) => textSimilarity(prepareText(a), prepareText(b));
    expect(s("PENATAAN TATALAKSANA", "Penataan Tata Laksana")).toBe(1);
    expect(s("Pengendalian Gratifkasi", "Pengendalian Gratifikasi")).toBeGreaterThan(0.9);
    expect(s("Evaluasi SOP", "Evaluasi/perbaiki SOP")).toBeGreaterThanOrEqual(0.75);
    expect(s("Standar Pelayanan", "Budaya Pelayanan Prima")).toBeLessThan(0.6);
    expect(s("Rapat koordinasi", "Pengendalian Gratifikasi")).toBeLessThan(0.3);
    expect(s("", "apa saja")).toBe(0);
  });
});

describe("matching typed text to the catalog", () => {
  it("finds indicators despite case, numbering, spacing and small typos", () => {
    expect(indicator("Pengendalian Gratifkasi")).toBe("PW.1");
    expect(indicator("1. PENGENDALIAN GRATIFIKASI")).toBe("PW.1");
    expect(indicator("e-office")).toBe("PT.2");
    expect(indicator("Eoffice")).toBe("PT.2");
    expect(indicator("Whistle-Blowing System")).toBe("PW.4");
    expect(indicator("Presentase Penyelesaian TLHP")).toBe("H1.2");
    expect(indicator("Penerapan Sistem Pengendalian Intern Pemerintah (SPIP)")).toBe("PW.2");
    expect(indicator("Penerapan Sistem Pengawasan Internal Pemerintah")).toBe("PW.2");
    expect(indicator("Kegiatan lain-lain")).toBeNull();
  });

  it("finds every catalog action by its own text, its source spelling and its text in capitals", () => {
    for (const { action } of actionEntries(LAMPIRAN_I)) {
      expect(actions([action.text])).toEqual([action.id]);
      if (action.original) expect(actions([action.original])).toEqual([action.id]);
      expect(actions([action.text.toUpperCase()])).toEqual([action.id]);
    }
  });

  it("pairs several actions of one cell one to one, even the near twins of PW.3", () => {
    expect(actions([
      "menindaklanjuti hasil evaluasi penanganan pengaduan masyarakat",
      "Menindaklanjuti hasil penanganan pengaduan masyarakt",
    ], { indicator: "PW.3", area: "PW" })).toEqual(["PW.3.4", "PW.3.2"]);
  });

  it("is looser inside the row's own indicator than across the catalog", () => {
    expect(actions(["Evaluasi SOP"], { indicator: "PT.1", area: "PT" })).toEqual(["PT.1.2"]);
    expect(actions(["Evaluasi SOP"])).toEqual([null]);
    expect(actions(["Rapat koordinasi mingguan"], { indicator: "MP.1", area: "MP" })).toEqual([null]);
  });

  it("tells the result area H2 from PP by the section it is under", () => {
    expect(matchArea(m, prepareText("PENINGKATAN KUALITAS PELAYANAN PUBLIK"), "result")?.code).toBe("H2");
    expect(matchArea(m, prepareText("PENINGKATAN KUALITAS PELAYANAN PUBLIK"), "enabler")?.code).toBe("PP");
    expect(matchArea(m, prepareText("PENINGKATAN KUALITAS PELAYANAN PUBLIK"), null)?.code).toBe("PP");
    expect(matchArea(m, prepareText("Penataan Sistem Manajemen SDM Aparatur"), null)?.code).toBe("SDM");
    expect(matchArea(m, prepareText("Pengendalian Gratifikasi"), null)).toBeNull();
  });

  it("gives up quickly on a huge cell", () => {
    const huge = "Pengendalian gratifikasi ".repeat(20_000);
    const t = Date.now();
    expect(actions([huge])).toEqual([null]);
    expect(indicator(huge)).toBeNull();
    // not a timing assertion on the result: the guard is that a huge text is never compared at all
    expect(Date.now() - t).toBeLessThan(5_000);
  });
});

describe("splitting a rencana aksi cell into items", () => {
  it("splits numbered, lettered and bulleted lines and drops trailing punctuation", () => {
    expect(splitActionItems("1. Penyusunan SOP;\n2. Evaluasi/perbaiki SOP.")).toEqual({ items: ["Penyusunan SOP", "Evaluasi/perbaiki SOP"], marked: true });
    expect(splitActionItems("a. Satu\nb. Dua\nc. Tiga").items).toEqual(["Satu", "Dua", "Tiga"]);
    expect(splitActionItems("1) Satu\n2) Dua").items).toEqual(["Satu", "Dua"]);
    expect(splitActionItems("- Satu\n• Dua\n* Tiga").items).toEqual(["Satu", "Dua", "Tiga"]);
  });

  it("splits semicolons and numbers written on one line", () => {
    expect(splitActionItems("Penyusunan SOP; Evaluasi SOP").items).toEqual(["Penyusunan SOP", "Evaluasi SOP"]);
    expect(splitActionItems("1. Penyusunan SOP 2. Evaluasi SOP 3. Reviu SOP").items).toEqual(["Penyusunan SOP", "Evaluasi SOP", "Reviu SOP"]);
    expect(splitActionItems("Melakukan survei 2 kali setahun").items).toEqual(["Melakukan survei 2 kali setahun"]);
  });

  it("joins an unnumbered line to the numbered item above it (text wrapped by hand)", () => {
    expect(splitActionItems("1. Penyusunan rencana kerja pembangunan\nzona integritas menuju WBK/WBBM;\n2. Sosialisasi").items)
      .toEqual(["Penyusunan rencana kerja pembangunan zona integritas menuju WBK/WBBM", "Sosialisasi"]);
    expect(splitActionItems("Satu\nDua")).toEqual({ items: ["Satu", "Dua"], marked: false });
    expect(splitActionItems("  \n ; ").items).toEqual([]);
  });
});
