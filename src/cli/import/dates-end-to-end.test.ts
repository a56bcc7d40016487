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

const slide = (headline: string, start_date: Record<string, unknown>, more = {}) => ({
  start_date,
  text: { headline, text: `<a href="https://example.org/${headline.length}">Report</a>` },
  ...more,
});

function modelOf(events: unknown[]): DatedEvent[] {
  const imported = fromTimelineJs({ events }, { name: "dates.json" });
  if (!imported.ok) throw new Error(imported.problems.join("; "));
  const checked = validateStoryText("dates.json", JSON.stringify(imported.story, null, 2));
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join("; "));
  return buildStoryModel(checked.story).events;
}

describe("a TimelineJS date, imported and shown by the app", () => {
  const events = modelOf([
    slide("The Ides of March", { year: -44, month: 3, day: 15 }),
    slide("Caesar crosses the Rubicon", { year: "-49" }),
    slide("Cave paintings", { year: -15000 }),
    slide("The year before year 1", { year: -1 }),
    slide("A night session", { year: 2025, month: 3, day: 13, hour: 21, minute: 30 }),
    slide("A season", { year: 2025, month: 4 }, { display_date: "Spring 2025" }),
  ]);
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
    expect(readerDate(byTitle("Caesar crosses the Rubicon"))).toBe("49 BCE");
    expect(readerDate(byTitle("The year before year 1"))).toBe("1 BCE");
  });

  it("shows a year of more than four digits BCE with its digits grouped", () => {
    const caves = byTitle("Cave paintings");
    expect(caves.date).toBe("Y-14999");
    expect(readerDate(caves)).toBe("15,000 BCE");
  });

  it("orders BCE years, long years and CE years on the axis as they follow in time", () => {
    expect(events.map((e) => e.title)).toEqual([
      "Cave paintings",
      "Caesar crosses the Rubicon",
      "The Ides of March",
      "The year before year 1",
      "A night session",
      "A season",
    ]);
  });

  it("shows a TimelineJS time as a local time, and a display date in place of the date", () => {
    expect(readerDate(byTitle("A night session"))).toBe("13 March 2025, 21:30, local time");
    const season = byTitle("A season");
    expect(readerDate(season)).toBe("Spring 2025");
    expect(formatDate(season.when)).toBe("April 2025");
  });
});
