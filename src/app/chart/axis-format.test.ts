import { describe, expect, it } from "vitest";
import { axisFormat, localPattern, readerLocale } from "./axis-format.ts";

const THURSDAY_13_MARCH_7PM = new Date(2025, 2, 13, 19, 0);

// ICU versions differ in where they use no-break spaces; the words and their order are the test.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("localPattern", () => {
  it("puts the day and month in the reader's order", () => {
    expect(plain(localPattern("en-US", { day: "numeric", month: "long" }))).toBe("MMMM' 'd");
    expect(plain(localPattern("en-GB", { day: "numeric", month: "long" }))).toBe("d' 'MMMM");
  });

  it("uses the reader's clock", () => {
    expect(plain(localPattern("en-US", { hour: "numeric", minute: "2-digit" }))).toBe("h':'mm' 'a");
    expect(plain(localPattern("en-GB", { hour: "numeric", minute: "2-digit" }))).toMatch(
      /^HH?':'mm$/,
    );
  });

  it("uses the nominative month when there is no day", () => {
    expect(plain(localPattern("ru", { month: "long", year: "numeric" }))).toBe("LLLL' 'y' г.'");
  });
});

describe("axisFormat", () => {
  it("labels days and months in American English", () => {
    const { minor, major } = axisFormat("en-US");
    expect(plain(minor(THURSDAY_13_MARCH_7PM, "day"))).toBe("13");
    expect(plain(major(THURSDAY_13_MARCH_7PM, "day"))).toBe("March 2025");
    expect(plain(minor(THURSDAY_13_MARCH_7PM, "month"))).toBe("Mar");
    expect(plain(major(THURSDAY_13_MARCH_7PM, "month"))).toBe("2025");
    expect(plain(minor(THURSDAY_13_MARCH_7PM, "hour"))).toBe("7 PM");
    expect(plain(minor(THURSDAY_13_MARCH_7PM, "minute"))).toBe("7:00 PM");
    expect(plain(major(THURSDAY_13_MARCH_7PM, "hour"))).toBe("Thu, March 13");
  });

  it("labels hours and days in British English", () => {
    const { minor, major } = axisFormat("en-GB");
    expect(plain(minor(THURSDAY_13_MARCH_7PM, "hour"))).toBe("19:00");
    expect(plain(major(THURSDAY_13_MARCH_7PM, "hour"))).toBe("Thu 13 March");
  });

  it("labels in German and Russian with their own month names and inflection", () => {
    expect(plain(axisFormat("de").major(THURSDAY_13_MARCH_7PM, "day"))).toBe("März 2025");
    expect(plain(axisFormat("ru").major(THURSDAY_13_MARCH_7PM, "day"))).toBe("март 2025 г.");
    expect(plain(axisFormat("ru").major(THURSDAY_13_MARCH_7PM, "hour"))).toBe("чт, 13 марта");
  });

  it("leaves the major label empty at the scale of years", () => {
    expect(plain(axisFormat("en-US").major(THURSDAY_13_MARCH_7PM, "year"))).toBe("");
    expect(plain(axisFormat("en-US").minor(THURSDAY_13_MARCH_7PM, "year"))).toBe("2025");
  });

  it("falls back to English for a language the browser does not know", () => {
    expect(readerLocale("xx-unknown").code).toBe("en-US");
  });
});
