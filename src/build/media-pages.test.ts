import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MediaIndex } from "../core/media.ts";
import type { Story } from "../core/schema.ts";
import { buildStoryModel } from "../core/story-model.ts";
import { SHELL } from "./fixtures/page-fixture.ts";
import { withMediaPolicy } from "./media-policy.ts";
import { renderEventPage } from "./event-page.ts";
import { renderStartPage } from "./start-page.ts";

/** The e2e media story, with what the build would have made of its photograph. */
const story = JSON.parse(readFileSync("e2e/fixtures/media-story.json", "utf8")) as Story;
const model = buildStoryModel(story);
const files = (ext: string) =>
  [480, 800].map((width) => ({ path: `media/harbour-0123456789-${width}.${ext}`, width }));
const index: MediaIndex = {
  "harbour.jpg": {
    kind: "image",
    width: 800,
    height: 533,
    formats: [
      { type: "image/webp", files: files("webp") },
      { type: "image/jpeg", files: files("jpg") },
    ],
    src: { path: "media/harbour-0123456789-800.jpg", width: 800, height: 533 },
  },
};
const site = {
  base: "/timeline/story/",
  siteUrl: "https://example.org",
  media: { index, base: "/timeline/" },
};
const page = (id: string) => renderEventPage(SHELL, model, model.byId.get(id)!, site);
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("media in the static pages", () => {
  it("an event's photograph is its share card: absolute, with its size and alt", () => {
    const html = page("harbour-reopens");
    expect(meta(html, "og:image")).toBe(
      "https://example.org/timeline/media/harbour-0123456789-800.jpg",
    );
    expect([meta(html, "og:image:width"), meta(html, "og:image:height")]).toEqual(["800", "533"]);
    expect(meta(html, "og:image:alt")).toBe("A drawn harbour with three boats under a pale sky");
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
  });

  it("an event's page shows the photograph as a picture with sizes, caption and credit", () => {
    const html = page("harbour-reopens");
    expect(html).toContain(
      'srcset="/timeline/media/harbour-0123456789-480.webp 480w, /timeline/media/harbour-0123456789-800.webp 800w"',
    );
    expect(html).toContain('width="800" height="533"');
    expect(html).toContain('<span class="media-credit">Drawing: the test suite</span>');
  });

  it("a video's page links to the video's own page and embeds no player", () => {
    const html = page("mayor-speaks");
    expect(html).toContain('href="https://www.youtube.com/watch?v=Fixture0001"');
    expect(html).not.toContain("<iframe");
    // No image of its own: the story's lead image is the card.
    expect(meta(html, "og:image")).toMatch(/harbour-0123456789-800\.jpg$/);
  });

  it("the start page's card is the story's lead image", () => {
    expect(meta(renderStartPage(SHELL, model, site), "og:image")).toMatch(/harbour/);
  });

  it("a story without media keeps the small card and the strict policy", () => {
    const plain = { ...story, leadImage: undefined, mediaHosts: undefined, events: [] };
    const html = renderStartPage(SHELL, buildStoryModel(plain), site);
    expect(meta(html, "og:image")).toBeUndefined();
    expect(meta(html, "twitter:card")).toBe("summary");
    const shell = `<meta http-equiv="Content-Security-Policy" content="img-src 'self' data:; object-src 'none'">`;
    expect(withMediaPolicy(shell, plain)).toBe(shell);
    expect(withMediaPolicy(shell, story)).toContain(
      "img-src 'self' data: https://images.example.org; frame-src https://www.youtube-nocookie.com; object-src",
    );
  });
});
