import { dateTimeAttribute, formatDate, parseEdtf } from "../core/dates.ts";
import type { EdtfDate } from "../core/dates.ts";
import type { StoryModel } from "../core/story-model.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";
import { fillShell, pageUrl, shorten } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * The index of a site's stories (`<base>` or `<base>stories/`, see src/core/site-address.ts):
 * plain HTML, newest first, readable without JavaScript. Past SEARCH_FROM stories it carries a
 * search box over the titles, hidden until its small module script (src/app/site-index/) runs.
 */

/** "More than a handful": from this many stories, the index offers a search over titles. */
export const SEARCH_FROM = 6;

export interface StorySummary {
  title: string;
  description: string;
  /** The story's start page. */
  href: string;
  first: EdtfDate | undefined;
  last: EdtfDate | undefined;
  events: number;
  /** When the story says it was last updated (an optional `updated` date). */
  updated: EdtfDate | undefined;
}

/** What the index says of a story; `base` is the story's own base. */
export function storySummary(model: StoryModel, base: string): StorySummary {
  // `updated` is optional and may not be in every story's schema yet: read it defensively.
  const updated = (model.story as { updated?: unknown }).updated;
  return {
    title: model.story.title,
    description: model.story.description,
    href: base,
    first: model.events[0]?.when,
    last: model.events.at(-1)?.when,
    events: model.events.length,
    updated: typeof updated === "string" ? parseEdtf(updated) : undefined,
  };
}

const newest = (s: StorySummary) => (s.updated ?? s.last)?.end.getTime() ?? 0;

/** Newest first: by when each was updated, else by its latest event. */
export function newestFirst(stories: readonly StorySummary[]): StorySummary[] {
  return [...stories].sort((a, b) => newest(b) - newest(a) || a.title.localeCompare(b.title));
}

function time(date: EdtfDate): Html {
  return html`<time datetime="${dateTimeAttribute(date)}">${formatDate(date)}</time>`;
}

function period(s: StorySummary): Html | string {
  if (!s.first || !s.last) return "";
  return s.first.edtf === s.last.edtf ? time(s.first) : html`${time(s.first)} – ${time(s.last)}`;
}

function item(s: StorySummary): Html {
  const count = `${s.events} ${s.events === 1 ? "event" : "events"}`;
  return html` <li>
    <h2><a href="${s.href}">${s.title}</a></h2>
    <p>${s.description}</p>
    <p class="story-meta">
      ${period(s)} · ${count}${s.updated && html` · Updated ${time(s.updated)}`}
    </p>
  </li>`;
}

/** The index page, from the index's built shell (site-index.html). */
export function renderSiteIndex(
  shell: string,
  stories: readonly StorySummary[],
  site: Site,
  path: string,
  title = "Timelines",
): string {
  const description = shorten(stories.map((s) => s.title).join(" · "));
  const head = html`<title>${title}</title>
    <meta name="description" content="${description}" />
    <link rel="canonical" href="${pageUrl(site, path)}" />`;
  const search =
    stories.length >= SEARCH_FROM &&
    html`<p class="story-search" hidden>
      <label for="story-search">Search the titles</label>
      <input id="story-search" type="search" autocomplete="off" />
      <span id="story-search-status" role="status"></span>
    </p>`;
  const body = html`<main class="static-page">
    <h1>${title}</h1>
    ${search}
    <ol class="story-index">
      ${newestFirst(stories).map(item)}
    </ol>
  </main>`;
  return fillShell(shell, head, body);
}

/** The site's 404 when the index has the root: no story's app, a link to the index. */
export function renderSiteNotFound(shell: string, site: Site, title = "Timelines"): string {
  const head = html`<title>Page not found · ${title}</title>
    <meta name="robots" content="noindex" />`;
  const body = html`<main class="static-page">
    <h1>Page not found</h1>
    <p>There is no page at this address. <a href="${site.base}">See every timeline</a>.</p>
  </main>`;
  return fillShell(shell, head, body);
}
