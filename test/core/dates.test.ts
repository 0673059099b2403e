import { describe, expect, it } from "vitest";
import {
  dueOn, describeTarget, instantFromWallClock, wallClockInZone, isoFromSerial, parseTarget, serialFromIso, serialFromYmd,
  targetSpan, todaySerial, ymdFromSerial, type ParsedTarget,
} from "../../core/dates/index.js";

const iso = (s: string) => serialFromIso(s) as number;

function due(t: ParsedTarget): string | null {
  const d = dueOn(t, iso("2026-01-15"));
  return d === null ? null : isoFromSerial(d);
}

describe("Excel serial dates", () => {
  it("counts the 1900 leap-year bug the way Excel does", () => {
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(ymdFromSerial(60)).toBeNull();
    expect(ymdFromSerial(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(ymdFromSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(serialFromYmd(2026, 3, 31)).toBe(46112);
    expect(isoFromSerial(46112)).toBe("2026-03-31");
    expect(isoFromSerial(46112.75)).toBe("2026-03-31");
  });
  it("round-trips every day of a leap year", () => {
    for (let s = iso("2028-01-01"); s <= iso("2028-12-31"); s++) {
      expect(serialFromIso(isoFromSerial(s))).toBe(s);
    }
  });
});

describe("time zones", () => {
  it("takes the calendar day of an instant in the sheet's zone, not UTC", () => {
    const lateUtc = new Date("2026-03-31T20:00:00Z"); // already 1 April in Jakarta
    expect(isoFromSerial(todaySerial("Asia/Jakarta", lateUtc))).toBe("2026-04-01");
    expect(isoFromSerial(todaySerial("America/Los_Angeles", lateUtc))).toBe("2026-03-31");
    expect(isoFromSerial(todaySerial("UTC", lateUtc))).toBe("2026-03-31");
  });
  it("finds the instant of local midnight, across daylight saving too", () => {
    expect(instantFromWallClock(2026, 3, 31, 0, 0, 0, "Asia/Jakarta").toISOString()).toBe("2026-03-30T17:00:00.000Z");
    expect(instantFromWallClock(2026, 3, 8, 12, 0, 0, "America/Los_Angeles").toISOString()).toBe("2026-03-08T19:00:00.000Z");
    expect(instantFromWallClock(2026, 11, 1, 0, 0, 0, "America/Los_Angeles").toISOString()).toBe("2026-11-01T07:00:00.000Z");
  });
  it("shows the wall clock Intl shows, minute by minute across daylight-saving changes (offsets are cached)", () => {
    const reference = (t: Date, zone: string) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
          .formatToParts(t).filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]),
      );
      return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
    };
    const spans: [string, string][] = [
      ["America/Los_Angeles", "2026-03-08T09:30:00Z"], ["America/Los_Angeles", "2026-11-01T08:30:00Z"],
      ["Australia/Lord_Howe", "2026-04-04T14:30:00Z"], ["Asia/Jakarta", "2026-06-30T16:30:00Z"],
    ];
    for (const [zone, start] of spans) {
      for (let i = 0; i < 120; i++) {
        const t = new Date(Date.parse(start) + i * 60_000 + 17_000);
        expect(wallClockInZone(t, zone), `${zone} ${t.toISOString()}`).toEqual(reference(t, zone));
      }
    }
  });

  it("reads a Date cell in the given zone", () => {
    const midnightJakarta = instantFromWallClock(2026, 6, 30, 0, 0, 0, "Asia/Jakarta");
    expect(due(parseTarget(midnightJakarta, 2026, "Asia/Jakarta"))).toBe("2026-06-30");
  });
});

describe("parseTarget: every accepted form", () => {
  const cases: [unknown, string, ParsedTarget["kind"]][] = [
    // numbers and Date-like values
    [46112, "2026-03-31", "date"],
    [46112.5, "2026-03-31", "date"],
    ["46112", "2026-03-31", "date"],
    [2026, "2026-12-31", "range"],
    // numeric dates, day first
    ["31/03/2026", "2026-03-31", "date"],
    ["31-03-2026", "2026-03-31", "date"],
    ["31.03.2026", "2026-03-31", "date"],
    ["1/4/2026", "2026-04-01", "date"],
    ["31/03/26", "2026-03-31", "date"],
    ["2026-03-31", "2026-03-31", "date"],
    ["2026/03/31", "2026-03-31", "date"],
    ["03/31/2026", "2026-03-31", "date"],
    ["31/03/2026 00:00:00", "2026-03-31", "date"],
    ["31/03", "2026-03-31", "date"],
    // day and month name
    ["31 Maret 2026", "2026-03-31", "date"],
    ["31 maret 2026", "2026-03-31", "date"],
    ["31 Mar 2026", "2026-03-31", "date"],
    ["31-Mar-2026", "2026-03-31", "date"],
    ["Selasa, 31 Maret 2026", "2026-03-31", "date"],
    ["Tgl. 31 Maret 2026", "2026-03-31", "date"],
    ["17 Agustus", "2026-08-17", "date"],
    ["17 Agt 2026", "2026-08-17", "date"],
    ["30 Nopember 2026", "2026-11-30", "date"],
    // month
    ["Maret 2026", "2026-03-31", "range"],
    ["Mar 2026", "2026-03-31", "range"],
    ["Februari 2028", "2028-02-29", "range"],
    ["Pebruari 2026", "2026-02-28", "range"],
    ["Bulan Juni", "2026-06-30", "range"],
    ["Desember", "2026-12-31", "range"],
    ["Akhir Maret 2026", "2026-03-31", "range"],
    ["Maret Tahun 2026", "2026-03-31", "range"],
    ["Mar-2026", "2026-03-31", "range"],
    // quarter
    ["Triwulan II 2026", "2026-06-30", "range"],
    ["Triwulan II", "2026-06-30", "range"],
    ["TW II", "2026-06-30", "range"],
    ["TW. III", "2026-09-30", "range"],
    ["TW-IV 2026", "2026-12-31", "range"],
    ["Triwulan 2", "2026-06-30", "range"],
    ["Triwulan ke-3", "2026-09-30", "range"],
    ["Triwulan Pertama", "2026-03-31", "range"],
    ["Q4 2026", "2026-12-31", "range"],
    ["Triwulan I Tahun 2026", "2026-03-31", "range"],
    // semester
    ["Semester I", "2026-06-30", "range"],
    ["Semester II 2026", "2026-12-31", "range"],
    ["Semester 1", "2026-06-30", "range"],
    ["Semester I/2026", "2026-06-30", "range"],
    // ranges: the end is the due date
    ["Januari - Desember 2026", "2026-12-31", "range"],
    ["Januari s.d. Desember", "2026-12-31", "range"],
    ["Januari s/d Desember 2026", "2026-12-31", "range"],
    ["Januari sd Maret", "2026-03-31", "range"],
    ["Jan-Des 2026", "2026-12-31", "range"],
    ["Januari – Juni 2026", "2026-06-30", "range"],
    ["Januari sampai dengan April 2026", "2026-04-30", "range"],
    ["1 Januari - 31 Maret 2026", "2026-03-31", "range"],
    ["Triwulan I - IV", "2026-12-31", "range"],
    ["TW I s.d. TW II 2026", "2026-06-30", "range"],
    ["s.d. Desember", "2026-12-31", "range"],
    ["s.d. Juni 2026", "2026-06-30", "range"],
    ["Oktober - Maret 2027", "2027-03-31", "range"],
    ["Tahun 2026", "2026-12-31", "range"],
    ["2026", "2026-12-31", "range"],
    // recurring: due at the end of the period that holds the as-of date (15 Jan 2026 here)
    ["Setiap bulan", "2026-01-31", "recurring"],
    ["Tiap Bulan", "2026-01-31", "recurring"],
    ["Bulanan", "2026-01-31", "recurring"],
    ["Setiap triwulan", "2026-03-31", "recurring"],
    ["Setiap semester", "2026-06-30", "recurring"],
    ["Setiap tahun", "2026-12-31", "recurring"],
    ["Berkala", "2026-03-31", "recurring"],
    ["Secara berkala", "2026-03-31", "recurring"],
    ["Setiap bulan (Januari - Desember 2026)", "2026-01-31", "recurring"],
    // deadline words before a date or period
    ["Paling lambat 31 Maret 2026", "2026-03-31", "date"],
    ["paling lambat tanggal 15 Juni", "2026-06-15", "date"],
    ["Selambat-lambatnya Triwulan II", "2026-06-30", "range"],
    ["selambatnya akhir Mei 2026", "2026-05-31", "range"],
    ["Batas waktu: Juni 2026", "2026-06-30", "range"],
    ["Batas Waktu s.d. September", "2026-09-30", "range"],
    // a whole year
    ["Selama tahun 2026", "2026-12-31", "range"],
    ["Sepanjang tahun 2027", "2027-12-31", "range"],
    ["Sepanjang tahun berjalan", "2026-12-31", "range"],
    ["Sepanjang Tahun", "2026-12-31", "range"],
    ["Tahun berjalan", "2026-12-31", "range"],
    // lists: a range from the first to the last
    ["TW I dan TW II", "2026-06-30", "range"],
    ["Januari, April dan Juli", "2026-07-31", "range"],
    ["Januari, April, Juli dan Oktober 2027", "2027-10-31", "range"],
    ["Triwulan I, II dan III", "2026-09-30", "range"],
    ["Semester I dan II", "2026-12-31", "range"],
    ["Maret & Juni 2026", "2026-06-30", "range"],
    ["31 Maret, 30 Juni dan 30 September 2026", "2026-09-30", "range"],
    // a period repeated in brackets
    ["Triwulan I (Maret)", "2026-03-31", "range"],
    ["Semester I (Juni 2026)", "2026-06-30", "range"],
    ["Triwulan II (April - Juni)", "2026-06-30", "range"],
    ["Triwulan IV 2026 (Desember)", "2026-12-31", "range"],
    ["(Triwulan III)", "2026-09-30", "range"],
    // a span of quarters
    ["Triwulan I-IV", "2026-12-31", "range"],
    ["TW 1 - 4", "2026-12-31", "range"],
    ["Triwulan I s.d. IV", "2026-12-31", "range"],
    ["TW II s/d III 2026", "2026-09-30", "range"],
  ];
  for (const [value, expected, kind] of cases) {
    it(`${JSON.stringify(value)} -> ${kind} due ${expected}`, () => {
      const t = parseTarget(value as never, 2026, "Asia/Jakarta");
      expect(t.kind).toBe(kind);
      expect(due(t)).toBe(expected);
    });
  }

  it("treats blank cells as empty", () => {
    expect(parseTarget(null, 2026).kind).toBe("empty");
    expect(parseTarget("   ", 2026).kind).toBe("empty");
    expect(parseTarget(undefined, 2026).kind).toBe("empty");
  });

  it("gives ranges their start", () => {
    const t = parseTarget("Maret - Mei 2026", 2026);
    expect(targetSpan(t)).toEqual({ start: iso("2026-03-01"), end: iso("2026-05-31") });
    expect(describeTarget(t)).toBe("1 Maret 2026 s.d. 31 Mei 2026");
  });

  it("moves a recurring due date with the as-of date and stops at the plan year's end", () => {
    const t = parseTarget("Setiap triwulan", 2026);
    expect(isoFromSerial(dueOn(t, iso("2026-05-02")) as number)).toBe("2026-06-30");
    expect(isoFromSerial(dueOn(t, iso("2027-02-01")) as number)).toBe("2026-12-31");
    expect(isoFromSerial(dueOn(t, iso("2025-11-01")) as number)).toBe("2026-03-31");
    expect(describeTarget(t)).toBe("setiap triwulan 2026");
  });

  it("reads a list from its first period to its last, and a repeated period as the period", () => {
    expect(targetSpan(parseTarget("TW I dan TW II", 2026))).toEqual({ start: iso("2026-01-01"), end: iso("2026-06-30") });
    expect(targetSpan(parseTarget("Januari, April dan Juli", 2026))).toEqual({ start: iso("2026-01-01"), end: iso("2026-07-31") });
    expect(targetSpan(parseTarget("Triwulan I (Maret)", 2026))).toEqual({ start: iso("2026-01-01"), end: iso("2026-03-31") });
    // A year named inside the brackets is the year of the whole target, whatever the plan year.
    expect(targetSpan(parseTarget("Semester I (Juni 2026)", 2027))).toEqual({ start: iso("2026-01-01"), end: iso("2026-06-30") });
    expect(targetSpan(parseTarget("Paling lambat Triwulan II", 2026))).toEqual(targetSpan(parseTarget("Triwulan II", 2026)));
  });

  it("uses the year a recurring text names over the plan year", () => {
    const t = parseTarget("Setiap semester 2027", 2026);
    expect(targetSpan(t)).toEqual({ start: iso("2027-01-01"), end: iso("2027-12-31") });
  });
});

describe("parseTarget: what it refuses, and says so in Indonesian", () => {
  const refused: [unknown, string][] = [
    ["segera", "unknown"],
    ["Awal tahun depan", "unknown"],
    ["Triwulan V", "unknown"],
    ["Semester III", "unknown"],
    ["31/02/2026", "badDate"],
    ["32 Maret 2026", "badDate"],
    ["2026-13-01", "badDate"],
    ["Desember 2026 - Januari 2026", "reversed"],
    ["Juli, April dan Januari", "reversed"],
    ["Triwulan I (Juni)", "conflict"],
    ["Semester II (Maret 2026)", "conflict"],
    ["31 Februari dan 31 Maret 2026", "badDate"],
    ["Paling lambat", "unknown"],
    ["Triwulan II (tentatif)", "unknown"],
    ["31 Juni 2026 - Juli 2026", "badDate"],
    ["#N/A", "errorValue"],
    ["#REF!", "errorValue"],
    [true, "notADate"],
    [-5, "notADate"],
    [99999999, "notADate"],
  ];
  for (const [value, problem] of refused) {
    it(`${JSON.stringify(value)} is ${problem}`, () => {
      const t = parseTarget(value as never, 2026);
      expect(t.kind).toBe("invalid");
      if (t.kind !== "invalid") return;
      expect(t.problem).toBe(problem);
      expect(t.message).toContain(String(value === true ? "TRUE" : value));
    });
  }

  it("asks for a year when neither the text nor the plan has one", () => {
    const t = parseTarget("Maret", null);
    expect(t).toMatchObject({ kind: "invalid", problem: "noYear" });
    if (t.kind === "invalid") expect(t.message).toMatch(/tahun/);
    expect(parseTarget("Setiap bulan", null)).toMatchObject({ kind: "invalid", problem: "noYear" });
  });

  it("asks for the period of a target that names no time at all", () => {
    for (const text of ["Insidentil", "Menyesuaikan", "Sesuai kebutuhan", "Insidental (sesuai kebutuhan)", "Disesuaikan dengan jadwal"]) {
      const t = parseTarget(text, 2026);
      expect(t, text).toMatchObject({ kind: "invalid", problem: "noPeriod" });
      if (t.kind === "invalid") expect(t.message).toMatch(new RegExp(`"${text.replace(/[()]/g, "\\$&")}".*periode pelaksanaannya, mis\\. Triwulan II 2026`));
    }
    // Text that does name a period is judged on it, not called timeless.
    expect(parseTarget("Sesuai kebutuhan, Triwulan V", 2026)).toMatchObject({ kind: "invalid", problem: "unknown" });
  });

  it("quotes the text back and shows the forms it accepts", () => {
    const t = parseTarget("kapan-kapan", 2026);
    expect(t.kind === "invalid" && t.message).toMatch(/"kapan-kapan".*Triwulan II 2026/);
  });
});
