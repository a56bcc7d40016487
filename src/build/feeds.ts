import { Feed } from "feed";
import { escapeHtml } from "../core/escape-html.ts";
import { mustParseEdtf, readerDate } from "../core/dates.ts";
import type { DatedEvent, StoryModel } from "../core/story-model.ts";
import {
  changeLabel,
  changedAt,
  eventChanges,
  lastUpdatedAt,
  publishedAt,
} from "../core/updates.ts";
import { FEED_FILES } from "./feed-links.ts";
import { eventPath, pageUrl } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * The story's feeds, for readers who follow it in a feed reader: an Atom feed (feed.xml) and a
 * JSON Feed 1.1 (feed.json), one entry per event, newest first by when it was added, updated or
 * corrected, each linking to its share page with its summary and the update and correction texts.
 * Written by the `feed` library; its JSON Feed is version 1, lifted here to 1.1 (`authors` and
 * `language`, plain-text titles). Pure: the share-pages plugin writes the files, per story.
 * Feeds need the site's own address (SITE_URL): readers fetch an entry's link from anywhere, and
 * an Atom id must be absolute, so without it no feed is written (feedSite says whether one can be).
 */

export interface Feeds {
  atom: string;
  json: string;
}

interface Entry {
  event: DatedEvent;
  /** The last change, or when it was published. */
  updated: Date;
  published: Date | undefined;
}

/** Plain text as the HTML feeds carry: escaped, so no data is ever read as markup. */
function contentHtml(event: DatedEvent, published: Date | undefined): string {
  const changes = eventChanges(event, published).filter((c) => c.kind !== "added");
  return [
    `<p>${escapeHtml(readerDate(event))}. ${escapeHtml(event.summary)}</p>`,
    ...changes.map(
      (c) => `<p><strong>${escapeHtml(changeLabel(c))}:</strong> ${escapeHtml(c.text)}</p>`,
    ),
  ].join("\n");
}

function entries(model: StoryModel, now: Date): Entry[] {
  const published = publishedAt(model.story);
  return model.events
    .map((event) => {
      const added = event.added === undefined ? published : mustParseEdtf(event.added).start;
      const updated = changedAt(event, published) ?? added ?? now;
      return { event, updated, published: added };
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || b.event.index - a.event.index);
}

/** A site whose address is known: the only kind that can have feeds. */
export type FeedSite = Site & { siteUrl: string };

export function feedSite(site: Site): FeedSite | undefined {
  return site.siteUrl === undefined ? undefined : { ...site, siteUrl: site.siteUrl };
}

/** The Atom and JSON feeds of one story; `now` dates a story that records no dates of its own. */
export function renderFeeds(model: StoryModel, site: FeedSite, now: Date = new Date()): Feeds {
  const { story } = model;
  const home = pageUrl(site, "");
  const list = entries(model, now);
  const published = publishedAt(story);
  const feed = new Feed({
    id: home,
    title: escapeHtml(story.title),
    description: story.description,
    link: home,
    language: "en",
    updated: lastUpdatedAt(story) ?? list[0]?.updated ?? now,
    generator: false,
    feedLinks: { atom: pageUrl(site, FEED_FILES.atom), json: pageUrl(site, FEED_FILES.json) },
    copyright: story.title,
  });
  for (const { event, updated, published: first } of list) {
    const link = pageUrl(site, eventPath(event.id));
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(event.title),
      date: updated,
      ...(first ? { published: first } : {}),
      description: escapeHtml(event.summary),
      content: contentHtml(event, published),
    });
  }
  return { atom: feed.atom1(), json: jsonFeed11(feed.json1(), list, story.title) };
}

/** The library's JSON Feed 1 as 1.1: plain-text titles (the Atom feed's are HTML) and `language`. */
function jsonFeed11(json: string, list: Entry[], title: string): string {
  const feed = JSON.parse(json) as { items: { id: string; title?: string }[] } & Record<
    string,
    unknown
  >;
  const titles = new Map(list.map(({ event }) => [event.id, event.title]));
  const items = feed.items.map((item, i) => {
    const entry = list[i];
    return { ...item, title: entry ? (titles.get(entry.event.id) ?? item.title) : item.title };
  });
  return `${JSON.stringify(
    { ...feed, version: "https://jsonfeed.org/version/1.1", title, language: "en", items },
    null,
    2,
  )}\n`;
}
