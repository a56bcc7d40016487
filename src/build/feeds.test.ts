import { readFileSync } from "node:fs";
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Story } from "../core/schema.ts";
import { buildStoryModel } from "../core/story-model.ts";
import { renderFeeds } from "./feeds.ts";

const story = JSON.parse(readFileSync("e2e/fixtures/updates-story.json", "utf8")) as Story;
const model = buildStoryModel(story);
const site = { base: "/timeline/", siteUrl: "https://example.org" };
const feeds = renderFeeds(model, site);
const NEWEST_FIRST = [
  "follow-up-talks",
  "evening-call",
  "conditions-set",
  "talks-open",
  "march-offensive",
];
const pageOf = (id: string) => `https://example.org/timeline/events/${id}/`;

/** JSON Feed 1.1's required members and the ones we write (https://jsonfeed.org/version/1.1). */
const jsonFeed11 = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  language: z.string(),
  items: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      title: z.string(),
      summary: z.string(),
      content_html: z.string(),
      date_modified: z.iso.datetime(),
      date_published: z.iso.datetime().optional(),
    }),
  ),
});

describe("the Atom feed", () => {
  const feed = parseFeed(feeds.atom);

  it("is an Atom feed of the story, with its last update", () => {
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe(story.title);
    expect(feed.updated?.toISOString()).toBe("2025-03-21T12:00:00.000Z");
  });

  it("lists every event once, newest change first, each linking to its share page", () => {
    expect(feed.items.map((item) => item.url)).toEqual(NEWEST_FIRST.map(pageOf));
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(model.events.length);
  });

  it("carries each event's summary and its update or correction in the words readers see", () => {
    const byUrl = new Map(feed.items.map((item) => [item.url, item]));
    expect(byUrl.get(pageOf("conditions-set"))?.content).toContain(
      "Updated, 20 March 2025, 10:00 UTC:</strong> Added South's list of conditions",
    );
    expect(byUrl.get(pageOf("evening-call"))?.content).toContain(
      "Correction, 20 March 2025, 16:30 UTC:</strong> An earlier version gave the date of the call as 17 March.",
    );
    expect(byUrl.get(pageOf("talks-open"))?.description).toBe("North and South meet.");
  });

  it("dates an entry by its last change and its publication by when it was added", () => {
    const item = feed.items.find((i) => i.url === pageOf("follow-up-talks"));
    expect(item?.updated?.toISOString()).toBe("2025-03-21T12:00:00.000Z");
    expect(item?.published?.toISOString()).toBe("2025-03-21T12:00:00.000Z");
    const first = feed.items.find((i) => i.url === pageOf("talks-open"));
    expect(first?.published?.toISOString()).toBe("2025-03-19T09:00:00.000Z");
  });

  it("keeps markup in the data as text, in the feed's title and its entries'", () => {
    const hostile = buildStoryModel({
      ...story,
      title: "Russia's <b>war</b> & ]]> peace",
      events: [{ ...story.events[0]!, title: "A <b>bold</b> & ]]> title" }],
    });
    const parsed = parseFeed(renderFeeds(hostile, site).atom);
    expect(parsed.title).toBe("Russia's <b>war</b> & ]]> peace");
    expect(parsed.items[0]?.title).toBe("A <b>bold</b> & ]]> title");
  });
});

describe("the JSON Feed", () => {
  const feed = jsonFeed11.parse(JSON.parse(feeds.json));

  it("is a JSON Feed 1.1 listing every event once, newest change first", () => {
    expect(feed.items.map((item) => item.url)).toEqual(NEWEST_FIRST.map(pageOf));
    expect(feed.feed_url).toBe("https://example.org/timeline/feed.json");
  });

  it("titles entries in plain text and escapes their HTML content", () => {
    const hostile = buildStoryModel({
      ...story,
      events: [{ ...story.events[0]!, title: "A <b>bold</b> & title" }],
    });
    const item = jsonFeed11.parse(JSON.parse(renderFeeds(hostile, site).json)).items[0];
    expect(item?.title).toBe("A <b>bold</b> & title");
    expect(item?.content_html).not.toContain("<b>");
  });
});

describe("feeds of a site whose address is not known (no SITE_URL)", () => {
  const local = { base: "/timeline/", siteUrl: undefined };
  const relative = renderFeeds(model, local);
  const atom = parseFeed(relative.atom);
  const json = JSON.parse(relative.json) as Record<string, unknown> & {
    items: { id: string; url: string }[];
  };

  it("link each entry relative to the site's root, which a reader resolves against the feed", () => {
    const paths = NEWEST_FIRST.map((id) => `/timeline/events/${id}/`);
    expect(atom.items.map((item) => item.url)).toEqual(paths);
    expect(json.items.map((item) => item.url)).toEqual(paths);
    expect(new URL(paths[0]!, "https://news.example/timeline/feed.xml").href).toBe(
      "https://news.example/timeline/events/follow-up-talks/",
    );
    expect(relative.atom).not.toContain(".invalid");
    expect(relative.json).not.toContain(".invalid");
  });

  it("leave out the JSON Feed's own addresses rather than give them relative", () => {
    expect(json).not.toHaveProperty("feed_url");
    expect(json).not.toHaveProperty("home_page_url");
  });

  it("give every entry the same permanent id as with the site's address", () => {
    expect(atom.items.map((item) => item.id)).toEqual(
      parseFeed(feeds.atom).items.map((item) => item.id),
    );
    expect(atom.items.every((item) => item.id?.startsWith("urn:uuid:"))).toBe(true);
  });
});
