import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { Story } from "../core/schema.ts";
import { buildStoryModel } from "../core/story-model.ts";
import { renderCalendar } from "./calendar.ts";

const story = JSON.parse(readFileSync("e2e/fixtures/updates-story.json", "utf8")) as Story;
const site = { base: "/timeline/", siteUrl: "https://example.org" };

function parse(model: ReturnType<typeof buildStoryModel>) {
  const ics = renderCalendar(model, site);
  if (ics === undefined) throw new Error("no calendar");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

describe("the calendar export", () => {
  const events = parse(buildStoryModel(story));
  const byUrl = (id: string) =>
    events.find(
      (e) =>
        e.component.getFirstPropertyValue("url") === `https://example.org/timeline/events/${id}/`,
    );

  it("holds every event once, each linking to its share page", () => {
    expect(events).toHaveLength(story.events.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(story.events.length);
    expect(events.map((e) => e.summary).sort()).toEqual(story.events.map((e) => e.title).sort());
  });

  it("gives a day as an all-day entry and a month as the whole month", () => {
    const day = byUrl("talks-open")!;
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe("2025-03-11");
    expect(day.endDate.toString()).toBe("2025-03-12");
    const month = byUrl("march-offensive")!;
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual([
      "2025-03-01",
      "2025-04-01",
    ]);
  });

  it("gives a time with its zone as that instant", () => {
    const call = byUrl("evening-call")!;
    expect(call.startDate.isDate).toBe(false);
    expect(call.startDate.toJSDate().toISOString()).toBe("2025-03-18T16:00:00.000Z");
  });

  it("leaves out years a calendar cannot hold", () => {
    const ancient = { ...story.events[0]!, id: "ancient", date: "-0500" };
    expect(parse(buildStoryModel({ ...story, events: [ancient, story.events[1]!] }))).toHaveLength(
      1,
    );
  });
});
