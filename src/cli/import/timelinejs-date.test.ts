import { describe, expect, it } from "vitest";
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
    expect(pointToEdtf(date({ year: "2025", month: "3", day: "", hour: "" }))).toEqual({
      ok: true,
      edtf: "2025-03",
      notes: [],
    });
  });

  it("drops a time to its day and says so, because TimelineJS times have no zone", () => {
    const result = pointToEdtf(date({ year: 2025, month: 3, day: 13, hour: 19, minute: 30 }));
    expect(result).toMatchObject({ ok: true, edtf: "2025-03-13" });
    expect(result.ok && result.notes[0]).toMatch(/time 19:30 dropped.*no time zone/);
  });

  it("refuses years our dates cannot hold, with the reason", () => {
    expect(pointToEdtf(date({ year: "-44", month: 3, day: 15 }))).toEqual({
      ok: false,
      problem: "year -44 is before the common era; our dates support years 100 to 9999",
    });
    expect(pointToEdtf(date({ year: 13800000000 }))).toMatchObject({ ok: false });
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
    ).toEqual({ ok: true, edtf: "2025-03-11/2025-03-18", notes: [] });
  });

  it("drops an end date equal to the start, as TimelineJS does", () => {
    expect(slideDate(date({ year: 2025, month: 3 }), date({ year: "2025", month: "03" }))).toEqual({
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
