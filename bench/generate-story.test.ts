import { describe, expect, it } from "vitest";
import { validateStoryText } from "../src/core/validate.ts";
import { FIRST_YEAR, YEARS, generateStory, storyText } from "./generate-story.ts";

describe("generateStory", () => {
  it.each([100, 1000])("a story of %i events passes the story validator", (count) => {
    const result = validateStoryText(`synthetic-${count}.json`, storyText(generateStory(count)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(result.ok && result.story.events).toHaveLength(count);
  });

  it("gives the same story, byte for byte, for the same count and seed", () => {
    expect(storyText(generateStory(300))).toBe(storyText(generateStory(300)));
    expect(storyText(generateStory(300, 1))).not.toBe(storyText(generateStory(300)));
  });

  it("spreads events over thirty years among six actors, with quotes and several precisions", () => {
    const story = generateStory(1000);
    const years = story.events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(FIRST_YEAR);
    expect(Math.max(...years)).toBe(FIRST_YEAR + YEARS - 1);
    expect(story.actors).toHaveLength(6);
    expect(new Set(story.events.flatMap((e) => e.actors)).size).toBe(6);
    expect(story.events.filter((e) => e.quotes.length > 0).length).toBeGreaterThan(300);
    const shapes = new Set(story.events.map((e) => e.date.replace(/\d/g, "9")));
    expect(shapes).toContain("9999-99-99");
    expect(shapes).toContain("9999-99");
    expect(shapes).toContain("9999-99-99/9999-99-99");
    expect([...shapes].some((s) => s.includes("T"))).toBe(true);
  });

  it("keeps the 10,000-event story under the 10 MB a story file may have", () => {
    expect(storyText(generateStory(10_000)).length).toBeLessThan(10 * 1024 * 1024);
  });
});
