import { describe, expect, it } from "vitest";
import { median, percentile, totalBlockingTime } from "./stats.ts";

describe("stats", () => {
  it("median takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("percentile uses the nearest rank", () => {
    const frames = [16, 17, 16, 16, 50, 16, 17, 16, 16, 16];
    expect(percentile(frames, 50)).toBe(16);
    expect(percentile(frames, 95)).toBe(50);
    expect(percentile(frames, 90)).toBe(17);
  });

  it("total blocking time counts only the part of each task beyond 50 ms", () => {
    expect(totalBlockingTime([{ duration: 40 }, { duration: 120 }, { duration: 51 }])).toBe(71);
  });
});
