import { describe, expect, it } from "vitest";
import { interactionLatency } from "./inp.ts";

describe("interactionLatency", () => {
  it("takes the longest event of an interaction as its latency", () => {
    const entries = [
      { interactionId: 7, duration: 24, startTime: 1000 }, // pointerdown
      { interactionId: 7, duration: 56, startTime: 1010 }, // pointerup
      { interactionId: 7, duration: 48, startTime: 1012 }, // click
    ];
    expect(interactionLatency(entries)).toBe(56);
  });

  it("ignores events outside interactions and before the given time", () => {
    const entries = [
      { interactionId: 0, duration: 200, startTime: 1500 }, // a pointermove
      { interactionId: 3, duration: 120, startTime: 400 }, // an earlier click
      { interactionId: 9, duration: 32, startTime: 1600 },
    ];
    expect(interactionLatency(entries, 1000)).toBe(32);
  });

  it("reports the slowest of several interactions", () => {
    const entries = [
      { interactionId: 1, duration: 40, startTime: 10 },
      { interactionId: 2, duration: 88, startTime: 20 },
    ];
    expect(interactionLatency(entries)).toBe(88);
  });

  it("is null when no event reached the reporting threshold", () => {
    expect(interactionLatency([])).toBeNull();
  });
});
