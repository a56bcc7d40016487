import { describe, expect, it } from "vitest";
import { isEdtf } from "../../core/dates.ts";
import { pointToEdtf, slideDate } from "./timelinejs-date.ts";
import { timelineDateSchema } from "./timelinejs-schema.ts";
import type { TimelineDate } from "./timelinejs-schema.ts";

/** A TimelineJS date object as the file has it, read through the input schema. */
const date = (raw: Record<string, unknown>): TimelineDate => {
  const parsed = timelineDateSchema.parse(raw);
  if (!parsed) throw new Error("no date");
  return parsed;
};

describe("pointToEdtf", () => {
  it("writes a date at the precision the editor gave", () => {
    expect(pointToEdtf(date({ year: "2025" }))).toMatchObject({ ok: true, edtf: "2025" });
    expect(pointToEdtf(date({ year: "2025", month: "3" }))).toMatchObject({ edtf: "2025-03" });
    expect(pointToEdtf(date({ year: 2025, month: 3, day: 13 }))).toMatchObject({
      edtf: "2025-03-13",
      notes: [],
    });
  });

  it("reads numbers given as strings, padded or not", () => {
    expect(pointToEdtf(date({ year: " 2025 ", month: "03", day: "9" }))).toMatchObject({
      edtf: "2025-03-09",
    });
  });

  it("treats empty strings as not given", () => {
    expect(pointToEdtf(date({ year: "2025", month: "3", day: "", hour: "" }))).toMatchObject({
      ok: true,
      edtf: "2025-03",
      notes: [],
    });
  });

  it("keeps a time as a local time without a zone, because TimelineJS times have none", () => {
    const result = pointToEdtf(date({ year: 2025, month: 3, day: 13, hour: 19, minute: 30 }));
    expect(result).toMatchObject({ ok: true, edtf: "2025-03-13T19:30", notes: [] });
    expect(pointToEdtf(date({ year: 2025, month: 3, day: 13, hour: 9, second: 5 }))).toMatchObject({
      edtf: "2025-03-13T09:00:05",
    });
  });

  it("drops a time to the month when there is no day, and says so", () => {
    const result = pointToEdtf(date({ year: 2025, month: 3, hour: 19 }));
    expect(result).toMatchObject({ ok: true, edtf: "2025-03" });
    expect(result.ok && result.notes[0]).toMatch(/time 19:00 dropped: a time needs a day/);
  });

  it("refuses an hour or minute that does not exist", () => {
    expect(pointToEdtf(date({ year: 2025, month: 3, day: 13, hour: 24 }))).toMatchObject({
      ok: false,
      problem: "hour 24 is not an hour (0 to 23)",
    });
    expect(pointToEdtf(date({ year: 2025, month: 3, day: 13, hour: 2, minute: 75 }))).toMatchObject(
      { ok: false },
    );
  });

  it("writes BCE years as negative EDTF years, counting year 0000 as 1 BCE, and says so", () => {
    const ides = pointToEdtf(date({ year: "-44", month: 3, day: 15 }));
    expect(ides).toMatchObject({ ok: true, edtf: "-0043-03-15" });
    expect(ides.ok && ides.notes).toEqual([
      "year -44 (44 BCE, as TimelineJS shows it) is written -0043: EDTF counts year 0000 as 1 BCE",
    ]);
    expect(pointToEdtf(date({ year: -3500 }))).toMatchObject({ edtf: "-3499" });
  });

  it("writes early CE years with four digits", () => {
    expect(pointToEdtf(date({ year: 622 }))).toMatchObject({ edtf: "0622" });
    expect(pointToEdtf(date({ year: 0 }))).toMatchObject({ edtf: "0000" });
  });

  it("writes TimelineJS's year 0 as 1 BCE, the year TimelineJS's -1 is too, and asks to check it", () => {
    const zero = pointToEdtf(date({ year: 0 }));
    expect(zero.ok && zero.notes).toEqual([
      'year 0 (TimelineJS shows it as "0"; the calendar has no year 0) is written 0000, which ' +
        "is 1 BCE, as TimelineJS's year -1 is: check which year was meant",
    ]);
    expect(pointToEdtf(date({ year: -1 }))).toMatchObject({ edtf: "0000" });
  });

  it("sorts BCE years before CE years", () => {
    const key = (year: number) => {
      const r = pointToEdtf(date({ year }));
      return r.ok ? r.sortKey : NaN;
    };
    expect(key(-3500)).toBeLessThan(key(-300));
    expect(key(-300)).toBeLessThan(key(1021));
  });

  it("refuses only what no JavaScript date can hold, saying it is a cosmological scale", () => {
    expect(pointToEdtf(date({ year: 13800000000 }))).toMatchObject({ ok: false });
    const result = pointToEdtf(date({ year: "-300000" }));
    expect(result.ok ? "" : result.problem).toBe(
      "year -300000 is on a cosmological scale: no JavaScript date can hold it (they reach " +
        "271,821 BCE to 275,759 CE), so this timeline cannot show it",
    );
    expect(pointToEdtf(date({ year: -271822 }))).toMatchObject({ ok: false });
    expect(pointToEdtf(date({ year: 275760 }))).toMatchObject({ ok: false });
  });

  it("writes a year of more than four digits as EDTF's Y form, BCE counted as for any year", () => {
    const ice = pointToEdtf(date({ year: -15000 }));
    expect(ice).toMatchObject({ ok: true, edtf: "Y-14999" });
    expect(ice.ok && ice.notes).toEqual([
      "year -15000 (15000 BCE, as TimelineJS shows it) is written Y-14999: EDTF counts year 0000 as 1 BCE",
    ]);
    expect(pointToEdtf(date({ year: 12000 }))).toMatchObject({ edtf: "Y12000", notes: [] });
    expect(pointToEdtf(date({ year: -10000 }))).toMatchObject({ edtf: "-9999" });
    expect(pointToEdtf(date({ year: -10001 }))).toMatchObject({ edtf: "Y-10000" });
  });

  it("reaches the first and last years a JavaScript date can hold", () => {
    expect(pointToEdtf(date({ year: -271821 }))).toMatchObject({ ok: true, edtf: "Y-271820" });
    expect(pointToEdtf(date({ year: 275759 }))).toMatchObject({ ok: true, edtf: "Y275759" });
  });

  it("keeps only the year of a year of more than four digits, and says so", () => {
    const result = pointToEdtf(date({ year: -15000, month: 6, day: 1, hour: 12 }));
    expect(result).toMatchObject({ ok: true, edtf: "Y-14999" });
    expect(result.ok && result.notes.at(-1)).toBe(
      "only the year kept (Y-14999): EDTF writes a year of more than four digits alone",
    );
  });

  it("sorts years of more than four digits among the others", () => {
    const key = (year: number) => {
      const r = pointToEdtf(date({ year }));
      return r.ok ? r.sortKey : NaN;
    };
    expect(key(-20000)).toBeLessThan(key(-15000));
    expect(key(-15000)).toBeLessThan(key(-3500));
    expect(key(9999)).toBeLessThan(key(12000));
  });

  it("refuses a month or day that does not exist", () => {
    expect(pointToEdtf(date({ year: 2025, month: 13 }))).toMatchObject({ ok: false });
    expect(pointToEdtf(date({ year: 2025, month: 2, day: 30 }))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a real date/),
    });
  });

  it("refuses a date part that is not a number at the input boundary", () => {
    expect(timelineDateSchema.safeParse({ year: 2025, month: "March" }).success).toBe(false);
  });
});

describe("slideDate", () => {
  it("writes a start and an end as an EDTF interval", () => {
    expect(
      slideDate(date({ year: 2025, month: 3, day: 11 }), date({ year: 2025, month: 3, day: 18 })),
    ).toMatchObject({ ok: true, edtf: "2025-03-11/2025-03-18", notes: [] });
  });

  it("drops an end date equal to the start, as TimelineJS does", () => {
    expect(
      slideDate(date({ year: 2025, month: 3 }), date({ year: "2025", month: "03" })),
    ).toMatchObject({
      ok: true,
      edtf: "2025-03",
      notes: [],
    });
  });

  it("keeps the start only when the end is before it, and says so", () => {
    const result = slideDate(
      date({ year: 2025, month: 3, day: 19 }),
      date({ year: 2025, month: 3, day: 10 }),
    );
    expect(result).toMatchObject({ ok: true, edtf: "2025-03-19" });
    expect(result.ok && result.notes).toEqual([
      "end date 2025-03-10 is before the start date 2025-03-19; kept the start only",
    ]);
  });

  it("keeps the start only when the end holds it (a month to its year), without calling it earlier", () => {
    const result = slideDate(date({ year: 2025, month: 3 }), date({ year: 2025 }));
    expect(result).toMatchObject({ ok: true, edtf: "2025-03" });
    expect(result.ok && result.notes).toEqual([
      "end date 2025 does not come after the start date 2025-03; kept the start only",
    ]);
  });

  it("keeps the start only when the end falls inside it (a time on the start's day)", () => {
    const result = slideDate(
      date({ year: 2025, month: 3, day: 13 }),
      date({ year: 2025, month: 3, day: 13, hour: 19 }),
    );
    expect(result).toMatchObject({ ok: true, edtf: "2025-03-13" });
    expect(result.ok && result.notes).toEqual([
      "end date 2025-03-13T19:00 does not come after the start date 2025-03-13; kept the start only",
    ]);
  });

  it("writes intervals of BCE years, local times and long years that the app reads", () => {
    expect(slideDate(date({ year: -44 }), date({ year: -43 }))).toMatchObject({
      edtf: "-0043/-0042",
    });
    expect(
      slideDate(
        date({ year: 2025, month: 3, day: 13, hour: 19 }),
        date({ year: 2025, month: 3, day: 13, hour: 21, minute: 30 }),
      ),
    ).toMatchObject({ edtf: "2025-03-13T19:00/2025-03-13T21:30" });
    expect(slideDate(date({ year: -20000 }), date({ year: -3000 }))).toMatchObject({
      edtf: "Y-19999/-2999",
    });
    for (const [start, end] of [
      [{ year: -44 }, { year: -43 }],
      [{ year: -20000 }, { year: -3000 }],
    ] as const) {
      const result = slideDate(date(start), date(end));
      expect(result.ok && isEdtf(result.edtf)).toBe(true);
    }
  });

  it("reads an empty end date object or string as no end date", () => {
    expect(slideDate(date({ year: 2025 }), date({ year: "" }))).toMatchObject({ edtf: "2025" });
    expect(slideDate(date({ year: 2025 }), timelineDateSchema.parse(""))).toMatchObject({
      edtf: "2025",
    });
  });

  it("fails without a start date", () => {
    expect(slideDate(undefined, date({ year: 2025 }))).toEqual({
      ok: false,
      problem: "no start date",
    });
  });
});
