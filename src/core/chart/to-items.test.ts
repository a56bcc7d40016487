import { describe, expect, it } from "vitest";
import { buildStoryModel } from "../story-model.ts";
import type { StoryEvent } from "../schema.ts";
import { TALKS, event, storyModel } from "./fixtures/chart-story.ts";
import {
  PHASE_LANE,
  eventIdOfKey,
  isDimmed,
  itemKey,
  laneKey,
  toGroups,
  toItems,
} from "./to-items.ts";

const ACTORS = [
  { id: "south", name: "South", color: "#c53030" },
  { id: "north", name: "North", color: "#2b6cb0" },
  { id: "east", name: "East" },
];

function story(events: StoryEvent[], phases = [TALKS]) {
  return storyModel(events, ACTORS, phases);
}

function itemsOf(events: StoryEvent[]) {
  return toItems(story(events)).filter((item) => item.id !== undefined);
}

describe("toItems", () => {
  it("draws a day as a point at the start of that day", () => {
    const [item] = itemsOf([event("a", "2025-03-13", ["north"])]);
    expect(item).toMatchObject({
      type: "point",
      start: new Date(2025, 2, 13),
      group: laneKey("north"),
    });
    expect(item?.end).toBeUndefined();
    expect(item?.className).toContain("precision-day");
  });

  it("draws a lane's events of one day side by side within that day, not stacked at its start", () => {
    const items = itemsOf([
      event("a", "2025-03-13", ["north"]),
      event("b", "2025-03-13", ["north", "south"]),
      event("c", "2025-03-13", ["north"]),
      event("d", "2025-03-14", ["north"]),
    ]);
    const at = (key: string) => items.find((i) => i.key === key)?.start.getTime();
    const day = new Date(2025, 2, 13).getTime();
    const next = new Date(2025, 2, 14).getTime();
    // The first where a lone event is; the others further into the day, in story order.
    expect(at(itemKey("a", "north"))).toBe(day);
    expect(at(itemKey("b", "north"))).toBeGreaterThan(day);
    expect(at(itemKey("c", "north"))).toBeGreaterThan(at(itemKey("b", "north"))!);
    expect(at(itemKey("c", "north"))).toBeLessThan(next);
    // Alone in its lane that day: at the day's start.
    expect(at(itemKey("b", "south"))).toBe(day);
    expect(at(itemKey("d", "north"))).toBe(next);
  });

  it("draws a time with its zone as a point at that instant", () => {
    const [item] = itemsOf([event("a", "2025-03-18T19:00+03:00", ["north"])]);
    expect(item?.type).toBe("point");
    expect(item?.start.toISOString()).toBe("2025-03-18T16:00:00.000Z");
  });

  it("draws a month over the whole month, not as its first day", () => {
    const [item] = itemsOf([event("a", "2025-03", ["north"])]);
    expect(item).toMatchObject({
      type: "range",
      start: new Date(2025, 2, 1),
      end: new Date(2025, 3, 1),
    });
    expect(item?.className).toContain("precision-month");
    expect(item?.note).toBe(", March 2025");
  });

  it("draws a year over the whole year", () => {
    const [item] = itemsOf([event("a", "2024", ["north"])]);
    expect(item).toMatchObject({
      type: "range",
      start: new Date(2024, 0, 1),
      end: new Date(2025, 0, 1),
    });
    expect(item?.className).toContain("precision-year");
  });

  it("draws an interval from its first day to the end of its last", () => {
    const [item] = itemsOf([event("a", "2014-03-18/2014-03-21", ["north"])]);
    expect(item).toMatchObject({
      type: "range",
      start: new Date(2014, 2, 18),
      end: new Date(2014, 2, 22),
    });
    expect(item?.className).toContain("is-interval");
  });

  it("marks an approximate date with a visible 'c.' and says so in text", () => {
    const [item] = itemsOf([event("a", "2025-03~", ["north"])]);
    expect(item?.cues).toEqual(["c."]);
    expect(item?.className).toContain("is-approximate");
    expect(item?.note).toBe(", c. March 2025");
  });

  it("marks an uncertain date with a visible '?' and says so in text", () => {
    const [item] = itemsOf([event("a", "2025-03-13?", ["north"])]);
    expect(item?.cues).toEqual(["?"]);
    expect(item?.className).toContain("is-uncertain");
    expect(item?.note).toContain("uncertain");
  });

  it("gives a precise date no cue", () => {
    const [item] = itemsOf([event("a", "2025-03-13", ["north"])]);
    expect(item?.cues).toEqual([]);
    expect(item?.className).not.toMatch(/is-approximate|is-uncertain/);
  });

  it("draws an event with several actors in each of their lanes, every copy with its id", () => {
    const items = itemsOf([event("talks", "2025-03-11", ["north", "south", "east"])]);
    expect(items.map((i) => i.group)).toEqual(["north", "south", "east"].map(laneKey));
    expect(items.map((i) => i.id)).toEqual(["talks", "talks", "talks"]);
    expect(new Set(items.map((i) => i.key)).size).toBe(3);
    expect(items.map((i) => i.className.includes("is-also"))).toEqual([false, true, true]);
  });

  it("gives each copy its lane's colour, as data, never as a style string", () => {
    const model = story([event("talks", "2025-03-11", ["north", "east"])]);
    const items = toItems(model).filter((item) => item.id !== undefined);
    const lanes = new Map(toGroups(model).map((g) => [g.id, g]));
    expect(lanes.get(items[0]!.group!)?.color).toBe("#2b6cb0");
    expect(lanes.get(items[1]!.group!)?.color).toBeUndefined();
    for (const drawn of [...items, ...lanes.values()]) expect(drawn).not.toHaveProperty("style");
  });

  it("keeps the title as plain text", () => {
    const [item] = itemsOf([{ ...event("a", "2025-03-11", ["north"]), title: "<b>Bold</b> & co" }]);
    expect(item?.content).toBe("<b>Bold</b> & co");
  });

  it("draws each phase as a background band across all lanes and a label in the phases lane", () => {
    const items = toItems(story([])).filter((item) => item.id === undefined);
    const band = items.find((i) => i.type === "background");
    const label = items.find((i) => i.type === "range");
    expect(band).toMatchObject({
      content: "Talks",
      start: new Date(2025, 2, 10),
      end: new Date(2025, 2, 21),
    });
    expect(band?.group).toBeUndefined();
    expect(label).toMatchObject({ content: "Talks", group: PHASE_LANE, selectable: false });
  });

  it("gives nested phases increasing depths", () => {
    const phases = [
      { id: "war", title: "War", date: "2022-02-24/2025-03-18" },
      { id: "push", title: "Push", date: "2025-02-12/2025-03-18" },
      { id: "later", title: "Later", date: "2026-01-01/2026-02-01" },
    ];
    const bands = toItems(story([], phases)).filter((i) => i.type === "background");
    expect(bands.map((b) => b.className.match(/phase-depth-\d/)?.[0])).toEqual([
      "phase-depth-0",
      "phase-depth-1",
      "phase-depth-0",
    ]);
  });
});

describe("toGroups", () => {
  it("makes one lane per actor in the story's order, under the phases lane", () => {
    const groups = toGroups(story([]));
    expect(groups.map((g) => g.id)).toEqual([
      PHASE_LANE,
      ...["south", "north", "east"].map(laneKey),
    ]);
    expect(groups.map((g) => g.content)).toEqual(["Phases", "South", "North", "East"]);
    expect(groups[1]?.color).toBe("#c53030");
  });

  it("leaves out the phases lane when the story has no phases", () => {
    expect(toGroups(story([], [])).map((g) => g.id)).toEqual(
      ["south", "north", "east"].map(laneKey),
    );
  });

  it("keys lanes so that no actor id names a property every object has", () => {
    const ids = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
    const model = buildStoryModel({
      title: "T",
      description: "D",
      actors: ids.map((id) => ({ id, name: id })),
      phases: [],
      sources: {},
      events: [event("a", "2025-03-11", ids)],
    });
    const lanes = toGroups(model).map((g) => g.id);
    const plain: Record<string, unknown> = {};
    for (const key of [...lanes, ...toItems(model).map((i) => i.group ?? "")]) {
      expect(key in plain, key).toBe(false);
    }
    expect(new Set(lanes).size).toBe(ids.length);
    expect(toItems(model).map((i) => i.group)).toEqual(lanes);
  });

  it("gives each lane a class of its own, made of its position, never of its id", () => {
    const model = buildStoryModel({
      title: "T",
      description: "D",
      actors: [{ id: "a b", name: "A", color: "red;background-image:url(x)" }],
      phases: [],
      sources: {},
      events: [],
    });
    expect(toGroups(model)).toEqual([
      {
        id: laneKey("a b"),
        content: "A",
        className: "lane lane-0",
        laneClass: "lane-0",
        color: "red;background-image:url(x)",
      },
    ]);
  });
});

describe("item keys", () => {
  it("give back the event id, and nothing for phases", () => {
    expect(eventIdOfKey(itemKey("talks-open", "north"))).toBe("talks-open");
    expect(eventIdOfKey("#phase:talks")).toBeUndefined();
    expect(eventIdOfKey("0b8f-cluster-uuid")).toBeUndefined();
  });
});

describe("isDimmed", () => {
  it("dims events that do not match an active search or filter", () => {
    expect(isDimmed("a", new Set(["b"]))).toBe(true);
  });

  it("leaves matching events, phases, and everything when nothing is searched", () => {
    expect(isDimmed("a", new Set(["a"]))).toBe(false);
    expect(isDimmed(undefined, new Set(["a"]))).toBe(false);
    expect(isDimmed("a", undefined)).toBe(false);
  });
});
