import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dateTimeAttribute, formatDate, readerDate } from "../../core/dates.ts";
import { buildStoryModel } from "../../core/story-model.ts";
import type { DatedEvent } from "../../core/story-model.ts";
import { validateStoryText } from "../../core/validate.ts";
import { fromTimelineJs } from "./from-timelinejs.ts";

/**
 * A TimelineJS date, imported, validated and built into the story model the app draws from, says
 * to readers what TimelineJS said: year -44 is "44 BCE" in TimelineJS and in the app, though the
 * file writes it -0043 (EDTF's year 0000 is 1 BCE).
 */

function model(): DatedEvent[] {
  const text = readFileSync(new URL("./fixtures/dates.json", import.meta.url), "utf8");
  const imported = fromTimelineJs(JSON.parse(text), { name: "dates.json" });
  if (!imported.ok) throw new Error(imported.problems.join("; "));
  const checked = validateStoryText("dates.json", JSON.stringify(imported.story, null, 2));
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join("; "));
  expect(checked.warnings).toEqual([]);
  return buildStoryModel(checked.story).events;
}

describe("a TimelineJS date, imported and shown by the app", () => {
  const events = model();
  const byTitle = (title: string) => {
    const found = events.find((e) => e.title === title);
    if (!found) throw new Error(`no event “${title}”`);
    return found;
  };

  it('shows TimelineJS\'s year -44 as "44 BCE", as TimelineJS does, and writes it -0043', () => {
    const ides = byTitle("The Ides of March");
    expect(ides.date).toBe("-0043-03-15");
    expect(formatDate(ides.when)).toBe("15 March 44 BCE");
    expect(readerDate(ides)).toBe("15 March 44 BCE");
    expect(dateTimeAttribute(ides.when)).toBe("-0043-03-15");
    expect(readerDate(byTitle("Year -49"))).toBe("49 BCE");
    expect(readerDate(byTitle("Year -1"))).toBe("1 BCE");
  });

  it("shows a year of more than four digits BCE with its digits grouped", () => {
    const long = byTitle("Year -15000");
    expect(long.date).toBe("Y-14999");
    expect(readerDate(long)).toBe("15,000 BCE");
  });

  it("orders BCE years, long years and CE years on the axis as they follow in time", () => {
    expect(events.map((e) => e.title)).toEqual([
      "Year -15000",
      "Year -49",
      "The Ides of March",
      "Year -1",
      "A day of talks",
      "A night session",
      "A season",
    ]);
  });

  it("shows a TimelineJS time as a local time, and a display date in place of the date", () => {
    expect(readerDate(byTitle("A night session"))).toBe("13 March 2025, 21:30, local time");
    const talks = byTitle("A day of talks");
    expect(talks.date).toBe("2025-03-11T09:00/2025-03-11T17:30");
    expect(readerDate(talks)).toMatch(/^11 March 2025, 09:00\b.* – .*17:30, local time$/);
    const season = byTitle("A season");
    expect(readerDate(season)).toBe("Spring 2025");
    expect(formatDate(season.when)).toBe("April 2025");
  });
});
