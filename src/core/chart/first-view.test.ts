import { describe, expect, it } from "vitest";
import type { StoryEvent } from "../schema.ts";
import { event, storyModel } from "./fixtures/chart-story.ts";
import { firstView, placeIn } from "./first-view.ts";
import type { FirstViewMark } from "./first-view.ts";
import { DAY } from "./window-math.ts";

const ACTORS = [
  { id: "south", name: "South", color: "#c53030" },
  { id: "north", name: "North" },
];

const model = (events: StoryEvent[]) => storyModel(events, ACTORS);

const march = { start: new Date(2025, 2, 1), end: new Date(2025, 3, 1) };
const kinds = (marks: FirstViewMark[]) =>
  marks.map((m) => `${m.kind}:${"id" in m ? m.id : m.ids.join("+")}`);

describe("the chart's first view", () => {
  it("places a day where vis draws it: its share of the window", () => {
    const view = firstView(model([event("a", "2025-03-11", ["south"])]), march, 1000);
    const [dot] = view.lanes[0]!.marks;
    expect(dot?.kind).toBe("dot");
    expect(dot?.at).toBeCloseTo(placeIn(march, new Date(2025, 2, 11)), 9);
    expect(dot?.at).toBeCloseTo(10 / 31, 2);
  });

  it("draws an event in each of its actors' lanes, the copies marked as copies", () => {
    const view = firstView(model([event("a", "2025-03-11", ["south", "north"])]), march, 1000);
    const [main, copy] = view.lanes.map((lane) => lane.marks[0]);
    expect(main?.kind === "dot" && main.item.className.includes("is-also")).toBe(false);
    expect(copy?.kind === "dot" && copy.item.className.includes("is-also")).toBe(true);
  });

  it("counts a lane's days closer than a count's width as one count at their mean", () => {
    const events = [
      event("a", "2025-03-11", ["south"]),
      event("b", "2025-03-12", ["south"]),
      event("c", "2025-03-25", ["south"]),
    ];
    // 31 days over 300 px: a day is about 10 px, closer than a count's 36 px.
    const view = firstView(model(events), march, 300);
    expect(view.clustered).toBe(true);
    expect(kinds(view.lanes[0]!.marks)).toEqual(["count:a+b", "dot:c"]);
    const count = view.lanes[0]!.marks[0]!;
    const mean = (+new Date(2025, 2, 11) + +new Date(2025, 2, 12)) / 2;
    expect(count.at).toBeCloseTo(placeIn(march, mean), 9);
  });

  it("draws every point on its own when zoomed in past the clustering", () => {
    const events = [event("a", "2025-03-11", ["south"]), event("b", "2025-03-12", ["south"])];
    const days = { start: new Date(2025, 2, 10), end: new Date(+new Date(2025, 2, 10) + 3 * DAY) };
    const view = firstView(model(events), days, 1000);
    expect(view.clustered).toBe(false);
    expect(kinds(view.lanes[0]!.marks)).toEqual(["dot:a", "dot:b"]);
  });

  it("draws a month whole as a tint, and leaves out what lies outside the window", () => {
    const events = [event("m", "2025-03", ["north"]), event("late", "2025-06-01", ["north"])];
    const view = firstView(
      model(events),
      { start: new Date(2025, 2, 16), end: new Date(2025, 3, 16) },
      1000,
    );
    const [tint, ...rest] = view.lanes[1]!.marks;
    expect(rest).toEqual([]);
    expect(tint?.kind).toBe("tint");
    expect(tint?.at).toBeLessThan(0);
    expect(tint?.kind === "tint" && tint.at + tint.width).toBeGreaterThan(0.4);
  });

  it("counts a month no wider than a dot with the days beside it, and a lone one as a tint", () => {
    const events = [
      event("a", "2025-03-11", ["south"]),
      event("m", "2025-03", ["south"]),
      event("lone", "2025-09", ["north"]),
    ];
    // Two years over 150 px: March is about 6 px wide, the 11th beside it.
    const years = { start: new Date(2024, 6, 1), end: new Date(2026, 6, 1) };
    const view = firstView(model(events), years, 150);
    expect(view.clustered).toBe(true);
    expect(kinds(view.lanes[0]!.marks)).toEqual(["count:a+m"]);
    expect(kinds(view.lanes[1]!.marks)).toEqual(["tint:lone"]);
    // The count sits at the mean of the day and the month's middle, as vis centres it.
    const middle = (+new Date(2025, 2, 1) + +new Date(2025, 3, 1)) / 2;
    const mean = (+new Date(2025, 2, 11) + middle) / 2;
    expect(view.lanes[0]!.marks[0]!.at).toBeCloseTo(placeIn(years, mean), 6);
  });

  it("keeps a phase's band whole and its name within the window", () => {
    const view = firstView(
      model([]),
      { start: new Date(2025, 2, 15), end: new Date(2025, 3, 15) },
      1000,
    );
    const [phase] = view.phases;
    expect(phase?.band.at).toBeLessThan(0);
    expect(phase?.at).toBe(0);
    expect(phase?.title).toBe("Talks");
  });
});
