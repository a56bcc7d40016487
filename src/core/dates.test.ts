import { describe, expect, it } from "vitest";
import {
  dateTimeAttribute,
  formatDate,
  formatDateShort,
  parseEdtf,
  parseEdtfOrProblem,
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
    ["2025-03-13T19:00", "is not an EDTF date"],
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
