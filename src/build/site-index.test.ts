import { describe, expect, it } from "vitest";
import { buildStoryModel } from "../core/story-model.ts";
import { starterStory } from "../cli/starter-story.ts";
import { SHELL } from "./fixtures/page-fixture.ts";
import { renderSiteIndex, SEARCH_FROM, storySummary } from "./site-index.ts";

const site = { base: "/", siteUrl: undefined };

function summary(title: string, day: string, updated?: string) {
  const story = { ...starterStory(title, day), ...(updated ? { updated } : {}) };
  return storySummary(buildStoryModel(story), `/${day}/`);
}

describe("the index of stories", () => {
  it("lists the newest story first, by its update when it has one, else by its latest event", () => {
    const page = renderSiteIndex(
      SHELL,
      [
        summary("Oldest", "2024-01-01"),
        summary("Updated lately", "2023-01-01", "2026-11-30"),
        summary("Newest event", "2025-06-01"),
      ],
      site,
      "stories/",
    );
    const titles = [...page.matchAll(/<h2><a [^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(titles).toEqual(["Updated lately", "Newest event", "Oldest"]);
    expect(page).toContain("1 event");
    expect(page).toContain('Updated <time datetime="2026-11-30">30 November 2026</time>');
  });

  it("writes titles as text, never as markup", () => {
    const page = renderSiteIndex(SHELL, [summary("<b>Bold</b>", "2025-01-01")], site, "");
    expect(page).toContain("&lt;b&gt;Bold&lt;/b&gt;");
    expect(page).not.toContain("<b>Bold");
  });

  it(`offers a search over the titles from ${SEARCH_FROM} stories, hidden until its script runs`, () => {
    const many = Array.from({ length: SEARCH_FROM }, (_, i) => summary(`S${i}`, "2025-01-01"));
    expect(renderSiteIndex(SHELL, many.slice(1), site, "")).not.toContain("story-search");
    expect(renderSiteIndex(SHELL, many, site, "")).toMatch(/<p class="story-search" hidden>/);
  });
});
