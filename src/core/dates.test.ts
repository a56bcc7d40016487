import { describe, expect, it } from "vitest";
import {
  dateTimeAttribute,
  formatDate,
  formatDateShort,
  parseEdtf,
  parseEdtfOrProblem,
  readerDate,
  readerDateShort,
} from "./dates.ts";

describe("parseEdtf", () => {
  it("runs in a zone west of UTC, where new Date('2025-03-13') would be the 12th", () => {
    expect(new Date("2025-03-13").getDate()).toBe(12);
  });

  it("reads a day as the whole local day", () => {
    const d = parseEdtf("2025-03-13");
    expect(d).toMatchObject({
      precision: "day",
      approximate: false,
      uncertain: false,
      interval: false,
    });
    expect(d?.start).toEqual(new Date(2025, 2, 13));
    expect(d?.end).toEqual(new Date(2025, 2, 14));
  });

  it("reads a month as the whole month", () => {
    const d = parseEdtf("2025-03");
    expect(d?.precision).toBe("month");
    expect(d?.start).toEqual(new Date(2025, 2, 1));
    expect(d?.end).toEqual(new Date(2025, 3, 1));
  });

  it("reads a year as the whole year", () => {
    const d = parseEdtf("2025");
    expect(d?.precision).toBe("year");
    expect(d?.start).toEqual(new Date(2025, 0, 1));
    expect(d?.end).toEqual(new Date(2026, 0, 1));
  });

  it("marks approximate, uncertain and both", () => {
    expect(parseEdtf("2025-03~")).toMatchObject({ approximate: true, uncertain: false });
    expect(parseEdtf("2025-03?")).toMatchObject({ approximate: false, uncertain: true });
    expect(parseEdtf("2025-03%")).toMatchObject({ approximate: true, uncertain: true });
  });

  it("reads an interval from the start of its first day to the end of its last", () => {
    const d = parseEdtf("2014-03-18/2014-03-21");
    expect(d?.interval).toBe(true);
    expect(d?.start).toEqual(new Date(2014, 2, 18));
    expect(d?.end).toEqual(new Date(2014, 2, 22));
  });

  it("reads a time with its zone as that instant", () => {
    const d = parseEdtf("2025-03-13T19:00+03:00");
    expect(d?.precision).toBe("minute");
    expect(d?.start.toISOString()).toBe("2025-03-13T16:00:00.000Z");
  });

  it.each([
    ["2025-13-01", "is not an EDTF date (there is no month 13)"],
    ["2025-02-30", "is not a real date (February 2025 has no day 30)"],
    ["2024-02-30", "February 2024 has no day 30"],
    ["13 March 2025", "is not an EDTF date"],
    ["2025-3-1", "is not an EDTF date"],
    ["", "is not an EDTF date"],
    ["2025-03-13T25:00+03:00", "is not a real date and time"],
    ["2025-03-13T19", "is not an EDTF date"],
    ["2025-03-02/2025-03-01", "ends before it starts"],
    ["2025/2026/2027", "is not an EDTF date"],
    ["2025-03-01/soon", "is not an EDTF interval"],
  ])("rejects %j", (input, message) => {
    const result = parseEdtfOrProblem(input);
    expect(typeof result).toBe("string");
    expect(result).toContain(message);
  });

  it("reads years below 100 as themselves, not as 19xx", () => {
    expect(parseEdtf("0044")?.start.getFullYear()).toBe(44);
    expect(parseEdtf("0044-03-15")?.start.getFullYear()).toBe(44);
    expect(formatDate(parseEdtf("0044-03-15")!)).toBe("15 March 0044");
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseEdtf("2024-02-29")?.start).toEqual(new Date(2024, 1, 29));
  });
});

describe("formatDate", () => {
  const f = (s: string) => {
    const d = parseEdtf(s);
    if (!d) throw new Error(`test date ${s} does not parse`);
    return formatDate(d);
  };

  it.each([
    ["2025-03-13", "13 March 2025"],
    ["2025-03", "March 2025"],
    ["2025", "2025"],
    ["2025-03~", "c. March 2025"],
    ["2025-03?", "March 2025 (uncertain)"],
    ["2025-03%", "c. March 2025 (uncertain)"],
    ["2014-03-18/2014-03-21", "18–21 March 2014"],
    ["2022-09-30/2022-10-05", "30 September – 5 October 2022"],
    ["2024-12-28/2025-01-03", "28 December 2024 – 3 January 2025"],
    ["2022-02/2025-03", "February 2022 – March 2025"],
    ["2025-01/2025-03", "January–March 2025"],
    ["2025-03-13T19:00+03:00", "13 March 2025, 19:00 UTC+3"],
    ["2025-03-18T10:00-04:00", "18 March 2025, 10:00 UTC−4"],
    ["2025-03-18T10:00Z", "18 March 2025, 10:00 UTC"],
  ])("formats %s as %j", (input, expected) => {
    expect(f(input)).toBe(expected);
  });

  it("abbreviates months in the short form", () => {
    const d = parseEdtf("2025-03-13");
    expect(d && formatDateShort(d)).toBe("13 Mar 2025");
  });

  it("gives <time datetime> the date as written, never shifted by the reader's zone", () => {
    const d = parseEdtf("2025-03-13");
    expect(d && dateTimeAttribute(d)).toBe("2025-03-13");
  });
});

describe("years as written (issue 14, defect 6)", () => {
  it("shows a time in the year 50 in the year 50, not 1950", () => {
    const d = parseEdtf("0050-03-13T19:00Z");
    expect(d && formatDate(d)).toBe("13 March 0050, 19:00 UTC");
    expect(d?.start.toISOString()).toBe("0050-03-13T19:00:00.000Z");
  });

  it("shows the year 0000 as 1 BCE, not as the year 1", () => {
    expect(formatDate(parseEdtf("0000")!)).toBe("1 BCE");
    expect(parseEdtf("0000")?.start.getFullYear()).toBe(0);
  });

  it("accepts 29 February of the year 0, a leap year, with and without a time", () => {
    expect(formatDate(parseEdtf("0000-02-29")!)).toBe("29 February 1 BCE");
    expect(formatDate(parseEdtf("0000-02-29T10:00Z")!)).toBe("29 February 1 BCE, 10:00 UTC");
  });
});

describe("times in their own zone (issue 14, defect 7)", () => {
  it("shows 02:30 in New York's zone as 02:30 to a reader in Los Angeles on the day its clocks skip 02:30", () => {
    const d = parseEdtf("2025-03-09T02:30-05:00");
    expect(d && formatDate(d)).toBe("9 March 2025, 02:30 UTC−5");
    expect(d?.start.toISOString()).toBe("2025-03-09T07:30:00.000Z");
    expect(d && dateTimeAttribute(d)).toBe("2025-03-09T02:30-05:00");
  });

  it("shows a local time without a zone as written, even inside the reader's clock change", () => {
    const d = parseEdtf("2025-03-09T02:30");
    expect(d && formatDate(d)).toBe("9 March 2025, 02:30, local time");
    expect(d && formatDateShort(d)).toBe("9 Mar 2025, 02:30, local time");
    expect(d && dateTimeAttribute(d)).toBe("2025-03-09T02:30");
  });
});

describe("offsets and intervals that do not exist are refused (issue 14, defect 8)", () => {
  it.each([
    ["2025-03-13T19:00-13:00", "outside the offsets in use (−12:00 to +14:00)"],
    ["2025-03-13T19:00-14:00", "outside the offsets in use"],
    ["2025-03-13T19:00+14:59", "outside the offsets in use"],
    ["2025-03-13T19:00+03:60", "outside the offsets in use"],
    ["2025-03-13T19:00-00:00", "write Z for a time in UTC, or leave the offset out"],
    ["2025-03/2025-03-01", "ends inside its start's period (2025-03)"],
    ["2025-03-13/2025-03-13", "ends inside its start's period"],
    ["2025/2025-06", "ends inside its start's period"],
    ["2025-03-13T10:00Z/2025-03-13T10:00Z", "ends inside its start's period"],
    ["2025-03-13T12:00+01:00/2025-03-13T10:00Z", "ends before it starts"],
  ])("refuses %j", (input, message) => {
    expect(parseEdtfOrProblem(input)).toContain(message);
  });

  it("accepts the extreme offsets in use and an interval that ends right after its start", () => {
    expect(parseEdtf("2025-03-13T19:00+14:00")?.start.toISOString()).toBe(
      "2025-03-13T05:00:00.000Z",
    );
    expect(parseEdtf("2025-03-13T19:00-12:00")?.start.toISOString()).toBe(
      "2025-03-14T07:00:00.000Z",
    );
    expect(parseEdtf("2025-03/2025-04-01")?.interval).toBe(true);
    expect(parseEdtf("2025-03-13T10:00Z/2025-03-13T10:01Z")?.interval).toBe(true);
    // Two times with zones compare as instants: 13:00 at UTC+2 is 11:00 UTC.
    expect(parseEdtf("2025-03-13T10:00Z/2025-03-13T13:00+02:00")?.interval).toBe(true);
  });
});

describe("dates as TimelineJS has them (issue 18)", () => {
  it("reads negative years as ISO 8601 does: -0500 is 501 BCE, at JavaScript's year -500", () => {
    const d = parseEdtf("-0500");
    expect(d?.start.getFullYear()).toBe(-500);
    expect(d?.end.getFullYear()).toBe(-499);
    expect(formatDate(d!)).toBe("501 BCE");
    expect(dateTimeAttribute(d!)).toBe("-0500");
    expect(formatDate(parseEdtf("-0044-03-15")!)).toBe("15 March 45 BCE");
    expect(formatDate(parseEdtf("-0001~")!)).toBe("c. 2 BCE");
  });

  it("reads years of more than four digits in EDTF's Y form, with or without an exponent", () => {
    expect(formatDate(parseEdtf("Y-12000")!)).toBe("12,001 BCE");
    expect(parseEdtf("Y-2E5")?.start.getFullYear()).toBe(-200_000);
    expect(formatDate(parseEdtf("Y12345")!)).toBe("12,345");
    expect(parseEdtfOrProblem("Y2025")).toContain("written without Y: 2025");
    expect(parseEdtfOrProblem("-12000")).toContain(
      "write a year of more than four digits as Y-12000",
    );
  });

  it("refuses only what no JavaScript date can hold, and says so", () => {
    expect(parseEdtf("Y-271820")?.start.getFullYear()).toBe(-271_820);
    expect(parseEdtf("Y275759")?.start.getFullYear()).toBe(275_759);
    for (const s of ["Y-13800000000", "Y-271821", "Y275760", "Y-138E8"]) {
      expect(parseEdtfOrProblem(s)).toContain("beyond the years a JavaScript date can hold");
    }
    expect(parseEdtfOrProblem("-0000")).toContain("year zero is 0000");
  });

  it("reads an open interval as running to the end of today, flagged open", () => {
    const now = new Date(2026, 0, 15, 12);
    const d = parseEdtf("2025-03-18/..", { now });
    expect(d).toMatchObject({ interval: true, open: true });
    expect(d?.start).toEqual(new Date(2025, 2, 18));
    expect(d?.end).toEqual(new Date(2026, 0, 16));
    expect(formatDate(d!)).toBe("18 March 2025 – ongoing");
    expect(formatDateShort(d!)).toBe("18 Mar 2025 – ongoing");
    // One that starts after today still covers its own first period.
    expect(parseEdtf("2027/..", { now })?.end).toEqual(new Date(2028, 0, 1));
    expect(parseEdtfOrProblem("../2025")).toContain("open or unknown start is not supported");
    expect(parseEdtfOrProblem("2025/")).toContain("write .. for an event still going on");
  });

  it("shows an editor's display date in place of the formatted date", () => {
    const when = parseEdtf("1848-03")!;
    expect(readerDate({ when, displayDate: "Spring 1848" })).toBe("Spring 1848");
    expect(readerDateShort({ when, displayDate: "Spring 1848" })).toBe("Spring 1848");
    expect(readerDate({ when })).toBe("March 1848");
    expect(readerDateShort({ when })).toBe("Mar 1848");
  });
});
