import { randomUUID } from "node:crypto";
import { Feed } from "feed";
import { v5 as uuidV5 } from "uuid";
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
 * Links are absolute with the site's address (SITE_URL), else relative to the site's root, which
 * a feed reader resolves against the feed's own address. Ids do not depend on the address the site is
 * published (feedId): setting SITE_URL later, or a new domain, does not show every entry anew.
 */

/** Our own namespace for name-based (version 5) UUIDs; any fixed UUID would do. */
const ID_NAMESPACE = "6f1c3b2e-8d4a-4f5e-9b7c-2a1d0e3f4c5b";

/** A permanent id for the page at `path` (root-relative, as "/events/talks-open/"). */
export function feedId(path: string): string {
  return `urn:uuid:${uuidV5(path, ID_NAMESPACE)}`;
}

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

/** The Atom and JSON feeds of one story; `now` dates a story that records no dates of its own. */
export function renderFeeds(model: StoryModel, known: Site, now: Date = new Date()): Feeds {
  const { story } = model;
  // The feed library takes absolute addresses only. Without the site's, it is given a stand-in
  // that nothing else can contain (a random name under .invalid, RFC 2606), taken out afterwards.
  const standIn = known.siteUrl === undefined ? `https://${randomUUID()}.invalid` : undefined;
  const site: Site = { ...known, siteUrl: known.siteUrl ?? standIn };
  const relative = (text: string) => (standIn === undefined ? text : text.replaceAll(standIn, ""));
  const home = pageUrl(site, "");
  const list = entries(model, now);
  const published = publishedAt(story);
  const feed = new Feed({
    id: feedId(site.base),
    // The feed's title is text (the writer escapes it); the entries' are HTML.
    title: story.title,
    description: story.description,
    link: home,
    language: "en",
    updated: lastUpdatedAt(story) ?? list[0]?.updated ?? now,
    generator: false,
    feedLinks: { atom: pageUrl(site, FEED_FILES.atom), json: pageUrl(site, FEED_FILES.json) },
  });
  for (const { event, updated, published: first } of list) {
    const link = pageUrl(site, eventPath(event.id));
    feed.addItem({
      id: feedId(`${site.base}${eventPath(event.id)}`),
      link,
      title: escapeHtml(event.title),
      date: updated,
      ...(first ? { published: first } : {}),
      description: escapeHtml(event.summary),
      content: contentHtml(event, published),
    });
  }
  const json = jsonFeed11(feed.json1(), list, story.title, standIn === undefined);
  return { atom: relative(feed.atom1()), json: relative(json) };
}

/** The library's JSON Feed 1 as 1.1: plain-text titles (the Atom feed's are HTML) and `language`. */
function jsonFeed11(json: string, list: Entry[], title: string, absolute: boolean): string {
  const feed = JSON.parse(json) as { items: { id: string; title?: string }[] } & Record<
    string,
    unknown
  >;
  const titles = new Map(list.map(({ event }) => [event.id, event.title]));
  const items = feed.items.map((item, i) => {
    const entry = list[i];
    return { ...item, title: entry ? (titles.get(entry.event.id) ?? item.title) : item.title };
  });
  // Without the site's address, the feed's own addresses are left out (JSON Feed allows it) rather
  // than given relative; the items' links stay relative to the site's root.
  if (!absolute) {
    delete feed.home_page_url;
    delete feed.feed_url;
  }
  return `${JSON.stringify(
    { ...feed, version: "https://jsonfeed.org/version/1.1", title, language: "en", items },
    null,
    2,
  )}\n`;
}
