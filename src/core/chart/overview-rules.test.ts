import { describe, expect, it } from "vitest";
import {
  stripHeight,
  COUNT_GAP_PX,
  countGap,
  countRuns,
  countedAt,
  heldInCount,
  laneRuns,
  NARROW_BAND_PX,
  fittingLabels,
  revealWindow,
  zoomAround,
} from "./overview-rules.ts";
import type { LaneMark } from "./overview-rules.ts";
import { DAY, HOUR, span, zoomLimits } from "./window-math.ts";

const at = (iso: string) => new Date(iso);
const win = (a: string, b: string) => ({ start: at(a), end: at(b) });

function dot(key: string, left: number, label?: number, row = 0): LaneMark {
  return {
    key,
    row,
    left,
    right: left + 10,
    ...(label === undefined ? {} : { label: { left: left + 14, width: label } }),
  };
}

describe("fittingLabels", () => {
  it("draws a label that fits whole before the next dot on its row", () => {
    const fits = fittingLabels([dot("a", 0, 80), dot("b", 100, 50)], 1000);
    expect([...fits].sort()).toEqual(["a", "b"]);
  });

  it("hides a label that would run into the next dot, rather than cutting it short", () => {
    const fits = fittingLabels([dot("a", 0, 120), dot("b", 100, 50)], 1000);
    expect([...fits]).toEqual(["b"]);
  });

  it("ignores dots on another row of the lane", () => {
    const fits = fittingLabels([dot("a", 0, 120), dot("b", 100, undefined, 20)], 1000);
    expect([...fits]).toEqual(["a"]);
  });

  it("hides labels that would pass either edge of the chart", () => {
    const fits = fittingLabels([dot("a", -5, 20), dot("b", 900, 120)], 1000);
    expect([...fits]).toEqual([]);
  });

  it("counts a count or a copy as a mark that a label must stop before", () => {
    const fits = fittingLabels([dot("a", 0, 60), dot("count", 70)], 1000);
    expect([...fits]).toEqual([]);
  });
});

describe("heldInCount", () => {
  const a = { start: at("2025-03-13T10:00"), point: true };
  const b = { start: at("2025-03-13T18:00"), point: true };

  it("holds two points closer than a count's width in one count", () => {
    expect(heldInCount(a, [b], DAY / 4)).toBe(true);
  });

  it("leaves points far enough apart to be drawn one by one", () => {
    expect(heldInCount(a, [{ ...b, start: at("2025-03-20") }], DAY / 8)).toBe(false);
  });

  it("never counts once a quarter of a day is wider than a count", () => {
    expect(heldInCount(a, [{ ...b, start: a.start }], HOUR / 60)).toBe(false);
  });

  it("never counts a band wider than a dot (a month, a year, an interval)", () => {
    const month = { start: at("2025-03-01"), end: at("2025-04-01"), point: false };
    // A day is 24 px: March is 744 px wide.
    expect(heldInCount(a, [month], HOUR)).toBe(false);
    expect(heldInCount(month, [b], HOUR)).toBe(false);
    expect(heldInCount(a, [{ ...b, point: false }], DAY)).toBe(false);
  });

  it("counts a band no wider than a dot with the points beside it, at its middle", () => {
    const month = { start: at("2025-03-01"), end: at("2025-04-01"), point: false };
    // Ten days a pixel: March is about 3 px, a sliver beside the 13th's dot.
    expect(heldInCount(a, [month], 10 * DAY)).toBe(true);
    expect(heldInCount(month, [a], 10 * DAY)).toBe(true);
    // Two years away (73 px), more than a count's width: drawn apart.
    expect(heldInCount(month, [{ ...a, start: at("2027-03-13") }], 10 * DAY)).toBe(false);
  });
});

describe("countedAt", () => {
  const month = { start: at("2025-03-01"), end: at("2025-04-01"), point: false };

  it("counts a point at its own instant", () => {
    expect(countedAt({ start: at("2025-03-13"), point: true }, DAY)).toBe(+at("2025-03-13"));
  });

  it("counts a band at its middle only while it is narrower than a dot", () => {
    const middle = (+month.start + +month.end) / 2;
    const wide = (+month.end - +month.start) / NARROW_BAND_PX;
    expect(countedAt(month, wide * 1.5)).toBe(middle);
    expect(countedAt(month, wide / 1.5)).toBeUndefined();
    expect(countedAt({ start: month.start, point: false }, 10 * DAY)).toBeUndefined();
  });
});

describe("laneRuns", () => {
  it("chains what is counted in the order of its instants, at their mean; a wide band is in none", () => {
    const day = { start: at("2025-03-13"), point: true };
    const month = { start: at("2025-03-01"), end: at("2025-04-01"), point: false };
    const year = { start: at("2025-01-01"), end: at("2026-01-01"), point: false };
    const far = { start: at("2028-06-01"), point: true };
    // Ten days a pixel: March is about 3 px, 2025 about 37 px (wider than a dot).
    const runs = laneRuns([far, month, year, day], (e) => e, 10 * DAY);
    // The 13th comes before the middle of March.
    expect(runs.map((r) => r.held)).toEqual([[day, month], [far]]);
    const middle = (+month.start + +month.end) / 2;
    expect(runs[0]?.at).toBe((middle + +day.start) / 2);
    expect(runs[1]?.at).toBe(+far.start);
  });
});

describe("countRuns", () => {
  it("chains points closer than the gap into one run, so runs are at least the gap apart", () => {
    expect(countRuns([0, 10, 20, 100, 200, 205], 30)).toEqual([[0, 1, 2], [3], [4, 5]]);
  });

  it("uses one gap per quarter step of zoom, never less than the count's width", () => {
    for (const msPerPixel of [1000, 12_345, DAY / 3]) {
      expect(countGap(msPerPixel)).toBeGreaterThanOrEqual(COUNT_GAP_PX * msPerPixel);
      expect(countGap(msPerPixel)).toBeLessThan(COUNT_GAP_PX * msPerPixel * 1.2);
    }
  });
});

describe("zoomAround", () => {
  it("keeps the anchor where it was on screen", () => {
    const w = win("2025-03-01", "2025-03-31");
    const anchor = at("2025-03-25");
    const zoomed = zoomAround(w, 0.5, anchor);
    expect(span(zoomed)).toBe(span(w) / 2);
    const before = (+anchor - +w.start) / span(w);
    const after = (+anchor - +zoomed.start) / span(zoomed);
    expect(after).toBeCloseTo(before, 9);
  });
});

describe("revealWindow", () => {
  const limits = zoomLimits(win("2025-01-01", "2025-12-31"));
  const event = { start: at("2025-03-13T09:00"), point: true };
  const mate = { start: at("2025-03-13T15:00"), point: true };

  it("leaves the window alone when the event is already drawn on its own, in view", () => {
    const window = win("2025-03-12", "2025-03-14");
    const got = revealWindow({ window, width: 1000, event, laneMates: [mate], limits });
    expect(got).toEqual(window);
  });

  it("zooms in around the event until no count holds it", () => {
    const window = win("2025-02-01", "2025-04-01");
    const got = revealWindow({ window, width: 1000, event, laneMates: [mate], limits });
    expect(heldInCount(event, [mate], span(got) / 1000)).toBe(false);
    expect(+got.start).toBeLessThan(+event.start);
    expect(+got.end).toBeGreaterThan(+event.start);
    // Around the event: it keeps its place on screen.
    const before = (+event.start - +window.start) / span(window);
    expect((+event.start - +got.start) / span(got)).toBeCloseTo(before, 6);
  });

  it("moves to an event out of view at the same zoom, centred on it", () => {
    const window = win("2025-06-01", "2025-06-11");
    const got = revealWindow({ window, width: 1000, event, laneMates: [], limits });
    expect(span(got)).toBe(span(window));
    expect((+got.start + +got.end) / 2).toBe(+event.start);
  });

  it("moves an event sitting on the chart's edge into view", () => {
    const window = win("2025-03-13T08:59", "2025-03-23T08:59");
    const got = revealWindow({ window, width: 1000, event, laneMates: [], limits });
    expect(+got.start).toBeLessThan(+event.start - (24 * span(got)) / 1000);
  });
});

describe("the strip's height while the chart loads", () => {
  const d = (iso: string) => new Date(iso);
  it("is the axis and one lane for the phases and each actor", () => {
    expect(stripHeight(6, [{ start: d("2025-02-12"), end: d("2025-03-19") }])).toBe(47 + 7 * 25);
    expect(stripHeight(6, [])).toBe(47 + 6 * 25);
  });
  it("on a phone has denser lanes and no phases' lane", () => {
    expect(stripHeight(6, [{ start: d("2025-02-12"), end: d("2025-03-19") }], true)).toBe(
      47 + 6 * 21,
    );
  });
  it("grows by a row of names for each phase overlapping another, not for phases in turn", () => {
    const first = { start: d("2022-02-24"), end: d("2025-04-01") };
    const inside = { start: d("2025-02-12"), end: d("2025-03-19") };
    const after = { start: d("2025-05-01"), end: d("2025-06-01") };
    expect(stripHeight(6, [first, inside])).toBe(47 + 7 * 25 + 19);
    expect(stripHeight(6, [inside, after])).toBe(47 + 7 * 25);
  });
});
