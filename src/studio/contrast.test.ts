import { describe, expect, it } from "vitest";
import { contrastRatio, contrastWarning } from "./contrast.ts";

describe("contrast", () => {
  it("measures black on white as 21:1 and white on white as 1:1", () => {
    expect(contrastRatio("#000000")).toBeCloseTo(21);
    expect(contrastRatio("#fff")).toBeCloseTo(1);
  });

  it("warns about a lane colour too light to see and not about the fixture's blue", () => {
    expect(contrastWarning("#ffe27a")).toMatch(/^contrast 1\.\d:1 against the page/);
    expect(contrastWarning("#2b6cb0")).toBeUndefined();
    expect(contrastWarning("not a colour")).toBeUndefined();
  });
});
