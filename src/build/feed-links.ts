import { html } from "./html.ts";
import type { Html } from "./html.ts";

/** A story's feeds, as files beside its index.html (see feeds.ts and feed-files.ts). */
export const FEED_FILES = { atom: "feed.xml", json: "feed.json", calendar: "events.ics" } as const;

/**
 * The <link rel="alternate"> tags that let browsers and feed readers find the story's feeds;
 * `url` makes a file's address (pageUrl of share-pages.ts).
 */
export function feedLinks(url: (file: string) => string, title: string): Html {
  return html`<link
      rel="alternate"
      type="application/atom+xml"
      title="${title} (Atom)"
      href="${url(FEED_FILES.atom)}"
    />
    <link
      rel="alternate"
      type="application/feed+json"
      title="${title} (JSON Feed)"
      href="${url(FEED_FILES.json)}"
    />
    <link
      rel="alternate"
      type="text/calendar"
      title="${title} (calendar)"
      href="${url(FEED_FILES.calendar)}"
    />`;
}
