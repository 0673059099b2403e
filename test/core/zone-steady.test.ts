// Indonesia's zones are computed without Intl after their offsets settled (core/dates/zone.ts):
// the result must be what Intl says, on both sides of each zone's last change and up to 2100.
import { describe, expect, it } from "vitest";
import { instantFromWallClock, wallClockInZone } from "../../core/index.js";

const ZONES = [
  ["Asia/Jakarta", Date.UTC(1963, 11, 31, 16, 30)],
  ["Asia/Makassar", Date.UTC(1945, 8, 22, 15, 0)],
  ["Asia/Jayapura", Date.UTC(1963, 11, 31, 14, 30)],
] as const;

describe("steady Indonesian zones", () => {
  it.each(ZONES)("%s agrees with Intl from before its last change to 2100", (zone, since) => {
    const intl = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    for (let t = since - 3 * 86_400_000; t < Date.UTC(2100, 0, 1); t += 13 * 86_400_000 + 900_000) {
      const p = Object.fromEntries(intl.formatToParts(new Date(t)).filter((x) => x.type !== "literal").map((x) => [x.type, Number(x.value)]));
      const w = wallClockInZone(new Date(t), zone);
      expect([w.y, w.m, w.d, w.h, w.mi], new Date(t).toISOString()).toEqual([p.year, p.month, p.day, p.hour, p.minute]);
      expect(instantFromWallClock(w.y, w.m, w.d, w.h, w.mi, w.s, zone).getTime()).toBe(t);
    }
  });
});
