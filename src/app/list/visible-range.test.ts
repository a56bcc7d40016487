import { describe, expect, it } from "vitest";
import { visibleRange } from "./visible-range.ts";

const base = { rowHeight: 80, count: 10_000, overscan: 5 };

describe("visibleRange", () => {
  it("covers the rows on screen and a margin either side", () => {
    // The list starts 8,000 px above the view (row 100 at its top); 400 px show five rows.
    expect(visibleRange({ ...base, listTop: -8000, viewTop: 0, viewBottom: 400 })).toEqual({
      first: 95,
      last: 110,
    });
  });

  it("counts a partly visible row as visible", () => {
    expect(visibleRange({ ...base, listTop: -8040, viewTop: 0, viewBottom: 400 })).toEqual({
      first: 95,
      last: 111,
    });
  });

  it("starts at the first row when the list begins below the top of the view", () => {
    expect(visibleRange({ ...base, listTop: 300, viewTop: 0, viewBottom: 800 })).toEqual({
      first: 0,
      last: 12,
    });
  });

  it("stops at the last row", () => {
    const listTop = -(10_000 * 80 - 400);
    expect(visibleRange({ ...base, listTop, viewTop: 0, viewBottom: 800 })).toEqual({
      first: 9990,
      last: 10_000,
    });
  });

  it("renders nothing when the list is out of sight or empty", () => {
    expect(visibleRange({ ...base, listTop: 5000, viewTop: 0, viewBottom: 800 })).toEqual({
      first: 0,
      last: 0,
    });
    expect(visibleRange({ ...base, count: 0, listTop: 0, viewTop: 0, viewBottom: 800 })).toEqual({
      first: 0,
      last: 0,
    });
  });
});
