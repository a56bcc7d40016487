import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random.ts";

describe("seededRandom", () => {
  it("draws the same sequence for the same seed, every number in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const seq = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seq);
    expect(seq.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("draws another sequence for another seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(43);
    expect(Array.from({ length: 5 }, () => b())).not.toEqual(Array.from({ length: 5 }, () => a()));
  });
});
