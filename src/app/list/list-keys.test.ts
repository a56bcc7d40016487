import { describe, expect, it } from "vitest";
import { nextIndex } from "./list-keys.ts";

describe("nextIndex", () => {
  it("steps down and up with the arrows and with j and k, stopping at the ends", () => {
    expect(nextIndex("ArrowDown", 0, 3)).toBe(1);
    expect(nextIndex("j", 1, 3)).toBe(2);
    expect(nextIndex("j", 2, 3)).toBe(2);
    expect(nextIndex("ArrowUp", 2, 3)).toBe(1);
    expect(nextIndex("k", 0, 3)).toBe(0);
  });

  it("jumps to the first and last items with Home and End", () => {
    expect(nextIndex("Home", 5, 10)).toBe(0);
    expect(nextIndex("End", 5, 10)).toBe(9);
  });

  it("leaves Escape, Enter and letters to others", () => {
    expect(nextIndex("Escape", 1, 3)).toBeUndefined();
    expect(nextIndex("Enter", 1, 3)).toBeUndefined();
    expect(nextIndex("x", 1, 3)).toBeUndefined();
  });

  it("does nothing in an empty list", () => {
    expect(nextIndex("ArrowDown", 0, 0)).toBeUndefined();
  });
});
