import { describe, expect, it } from "vitest";
import { filterStories } from "./filter-stories.ts";

describe("filterStories", () => {
  const titles = ["Floods in the Côte d'Ivoire", "The 2026 election", "Ceasefire talks"];

  it("keeps the titles holding every word of the query, whatever the case and accents", () => {
    expect(filterStories(titles, "cote FLOODS")).toEqual([true, false, false]);
    expect(filterStories(titles, "the")).toEqual([true, true, false]);
  });

  it("keeps every title for an empty query", () => {
    expect(filterStories(titles, "  ")).toEqual([true, true, true]);
  });
});
