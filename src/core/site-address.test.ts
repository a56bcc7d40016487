import { describe, expect, it } from "vitest";
import { storyAt, storyBase } from "./site-address.ts";

describe("storyAt", () => {
  const slugs = ["", "floods", "election-2026"];

  it("finds the story whose folder the path is under", () => {
    expect(storyAt("/timeline/floods/events/a/", "/timeline/", slugs)).toEqual({
      slug: "floods",
      base: "/timeline/floods/",
    });
    expect(storyAt("/election-2026", "/", slugs)).toEqual({
      slug: "election-2026",
      base: "/election-2026/",
    });
  });

  it("gives the story at the base every other path, its own event pages included", () => {
    expect(storyAt("/timeline/events/floods/", "/timeline/", slugs)).toEqual({
      slug: "",
      base: "/timeline/",
    });
    expect(storyAt("/floodsx/", "/", slugs).slug).toBe("");
  });

  it("falls back to the first story when none is at the base", () => {
    expect(storyAt("/", "/", ["floods", "election-2026"])).toEqual({
      slug: "floods",
      base: "/floods/",
    });
  });
});

describe("storyBase", () => {
  it("puts a story under its slug and the default one at the base", () => {
    expect(storyBase("/t/", "a")).toBe("/t/a/");
    expect(storyBase("/t/", "")).toBe("/t/");
  });
});
