import { describe, expect, it } from "vitest";
import {
  DAY,
  clusterWindow,
  bucketOf,
  clampWindow,
  clusterUnit,
  openSpan,
  overlaps,
  panWindow,
  parkedWindow,
  sameWindow,
  showAllWindow,
  spanning,
  zoomLimits,
  zoomWindow,
} from "./window-math.ts";

const march = { start: new Date(2025, 2, 1), end: new Date(2025, 2, 31) };
const centre = (w: { start: Date; end: Date }) => (w.start.getTime() + w.end.getTime()) / 2;
const width = (w: { start: Date; end: Date }) => w.end.getTime() - w.start.getTime();

describe("zoomWindow", () => {
  it("zooms in around the centre", () => {
    const zoomed = zoomWindow(march, 0.5);
    expect(width(zoomed)).toBe(width(march) / 2);
    expect(centre(zoomed)).toBe(centre(march));
  });

  it("stops at the limits", () => {
    const limits = zoomLimits(march);
    expect(width(zoomWindow(march, 0.0001, limits))).toBe(limits.zoomMin);
    expect(width(zoomWindow(march, 1000, limits))).toBe(limits.zoomMax);
  });
});

describe("panWindow", () => {
  it("moves by a fraction of the width, keeping the width", () => {
    const later = panWindow(march, 0.25);
    expect(later.start.getTime() - march.start.getTime()).toBe(width(march) / 4);
    expect(width(later)).toBe(width(march));
  });
});

describe("showAllWindow", () => {
  it("contains the whole extent with a margin", () => {
    const all = showAllWindow(march);
    expect(all.start < march.start && all.end > march.end).toBe(true);
  });
});

describe("parkedWindow", () => {
  it("lies after everything the limits contain", () => {
    const limits = zoomLimits(march);
    const parked = parkedWindow(limits);
    expect(parked.start > march.end).toBe(true);
    expect(parked.end.getTime()).toBe(limits.max.getTime());
  });
});

describe("clusterWindow", () => {
  const limits = zoomLimits({ start: new Date(1997, 0, 1), end: new Date(2025, 2, 31) });
  const open = openSpan(1000);

  it("opens a cluster of one day wide enough to show its neighbours, narrow enough to unstack it", () => {
    const day = new Date(2025, 2, 13).getTime();
    const w = clusterWindow(day, day, limits, open);
    expect(clusterUnit(width(w) / 1000)).toBeUndefined();
    expect(overlaps(w, new Date(day))).toBe(true);
    expect(width(w)).toBeGreaterThanOrEqual(DAY);
  });

  it("shows all of a long cluster", () => {
    const from = new Date(2014, 0, 1).getTime();
    const to = new Date(2022, 0, 1).getTime();
    const w = clusterWindow(from, to, limits, open);
    expect(w.start.getTime()).toBeLessThanOrEqual(from);
    expect(w.end.getTime()).toBeGreaterThanOrEqual(to);
  });
});

describe("clusterUnit", () => {
  it("clusters by day over about a month on a desktop chart", () => {
    expect(clusterUnit(width(march) / 1000)).toBe("day");
  });

  it("clusters by year over decades, and by longer units on a narrow chart", () => {
    const decades = { start: new Date(1997, 0, 1), end: new Date(2025, 11, 31) };
    expect(clusterUnit(width(decades) / 1000)).toBe("year");
    expect(clusterUnit(width(decades) / 250)).toBe("decade");
  });

  it("draws every item when zoomed in to a few days", () => {
    expect(clusterUnit((5 * DAY) / 1000)).toBeUndefined();
  });
});

describe("bucketOf", () => {
  it("puts dates in the same day, week, month or year together", () => {
    const morning = new Date(2025, 2, 13, 8);
    const evening = new Date(2025, 2, 13, 23);
    const monday = new Date(2025, 2, 10);
    const sunday = new Date(2025, 2, 16);
    const nextMonday = new Date(2025, 2, 17);
    expect(bucketOf(morning, "day")).toBe(bucketOf(evening, "day"));
    expect(bucketOf(morning, "day")).not.toBe(bucketOf(monday, "day"));
    expect(bucketOf(monday, "week")).toBe(bucketOf(sunday, "week"));
    expect(bucketOf(sunday, "week")).not.toBe(bucketOf(nextMonday, "week"));
    expect(bucketOf(monday, "month")).toBe(bucketOf(new Date(2025, 2, 31), "month"));
    expect(bucketOf(monday, "year")).not.toBe(bucketOf(new Date(2026, 0, 1), "year"));
  });
});

describe("sameWindow and overlaps", () => {
  it("treats windows within the tolerance as the same", () => {
    expect(sameWindow(march, panWindow(march, 0.001), DAY)).toBe(true);
    expect(sameWindow(march, panWindow(march, 0.5), DAY)).toBe(false);
  });

  it("sees a period that covers the window as visible", () => {
    expect(overlaps(march, new Date(2025, 0, 1), new Date(2025, 11, 31))).toBe(true);
    expect(overlaps(march, new Date(2025, 5, 1))).toBe(false);
  });
});

describe("spanning", () => {
  it("covers every window it is given", () => {
    const later = { start: new Date(2026, 0, 1), end: new Date(2026, 1, 1) };
    expect(spanning([march, later])).toEqual({ start: march.start, end: later.end });
  });
});

describe("clampWindow", () => {
  const limits = zoomLimits(march);
  const ms = (w: { start: Date; end: Date }) => [w.start.getTime(), w.end.getTime()];

  it("leaves a window within the limits exactly as it is", () => {
    expect(ms(clampWindow(march, limits))).toEqual(ms(march));
  });

  it("moves a window past an end back inside, keeping its width", () => {
    const late = panWindow(march, 10);
    const clamped = clampWindow(late, limits);
    expect(clamped.end).toEqual(limits.max);
    expect(width(clamped)).toBe(width(march));
    const early = clampWindow(panWindow(march, -10), limits);
    expect(early.start).toEqual(limits.min);
  });

  it("narrows or widens to the zoom limits around the centre, in whole milliseconds", () => {
    const narrow = clampWindow(zoomWindow(march, 0.001), limits);
    expect(width(narrow)).toBe(limits.zoomMin);
    expect(Math.abs(centre(narrow) - centre(march))).toBeLessThanOrEqual(1);
    expect(Number.isInteger(narrow.start.getTime())).toBe(true);
    const wide = clampWindow(zoomWindow(march, 1000), limits);
    expect(ms(wide)).toEqual([limits.min.getTime(), limits.max.getTime()]);
  });

  it("gives a window that clamps to itself", () => {
    for (const w of [panWindow(march, 7), zoomWindow(march, 0.01), zoomWindow(march, 50)]) {
      const once = clampWindow(w, limits);
      expect(ms(clampWindow(once, limits))).toEqual(ms(once));
    }
  });
});
