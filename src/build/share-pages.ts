import { dateTimeAttribute, formatDate } from "../core/dates.ts";
import type { EdtfDate } from "../core/dates.ts";
import type { Media } from "../core/schema.ts";
import { feedLinks } from "./feed-links.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";
import { shareImageMeta } from "./media-html.ts";
import type { MediaSite } from "./media-html.ts";

/**
 * The static pages of a build: one per event (dist/events/<id>/index.html, event-page.ts), the
 * start page with the whole chronology (start-page.ts), and 404.html. Each is the app's built shell
 * with a meaningful <head> (title, description, Open Graph, canonical link) and the content as
 * plain HTML inside #root, so a link previews well and reads without JavaScript; the app replaces
 * #root's content when it starts. Here what they share: the site, page addresses, the shell and
 * the <head>.
 */

export interface Site {
  /** Vite's `base`: "/" or "/timeline/". */
  base: string;
  /** Where the site is published ("https://example.org"): links in <head> become absolute. */
  siteUrl: string | undefined;
  /** What the build made of the story's local media, and the base they live under. */
  media?: MediaSite;
}

/** Pages of a site whose build made nothing of local media (the tests' sites). */
export const NO_MEDIA: MediaSite = { index: {}, base: "/" };

/** Link previews cut descriptions; past this length we cut first, at a word. */
const DESCRIPTION_LENGTH = 200;
const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;

export function eventPath(id: string): string {
  return `events/${encodeURIComponent(id)}/`;
}

/** A page's address: absolute when the site's URL is known, else from the root of the host. */
export function pageUrl(site: Site, path: string): string {
  const local = `${site.base}${path}`;
  return site.siteUrl ? new URL(local, site.siteUrl).href : local;
}

export function shorten(text: string, max = DESCRIPTION_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The shell with this head and this content; data in `head` and `body` is already escaped. */
export function fillShell(shell: string, head: Html, body: Html): string {
  if (!TITLE.test(shell) || !shell.includes(ROOT)) {
    throw new Error(`the built index.html needs a <title> and an empty ${ROOT}`);
  }
  // Functions, not strings, as replacements: "$&" in a title must stay "$&".
  return shell
    .replace(TITLE, () => head.value)
    .replace(ROOT, () => `<div id="root">${body.value}</div>`);
}

export interface Meta {
  /** The page's <title>; previews show `name` with `siteName` beside it. */
  title: string;
  name: string;
  description: string;
  url: string;
  type: "article" | "website";
  siteName: string;
  /** The page's share card image (the event's first image, else the story's lead image). */
  image: Media | undefined;
}

export function metaHead(meta: Meta, site: Site): Html {
  const media = site.media ?? NO_MEDIA;
  const absolute = (path: string) => {
    const local = `${media.base}${path}`;
    return site.siteUrl ? new URL(local, site.siteUrl).href : local;
  };
  return html`<title>${meta.title}</title>
    ${feedLinks((file) => pageUrl(site, file), meta.siteName)}
    <meta name="description" content="${meta.description}" />
    <link rel="canonical" href="${meta.url}" />
    <meta property="og:site_name" content="${meta.siteName}" />
    <meta property="og:type" content="${meta.type}" />
    <meta property="og:title" content="${meta.name}" />
    <meta property="og:description" content="${meta.description}" />
    <meta property="og:url" content="${meta.url}" />
    ${shareImageMeta(meta.image, media, absolute)}`;
}

/** A date as the pages show it, with its machine-readable form. */
export function time(date: EdtfDate, text = formatDate(date)): Html {
  return html`<time datetime="${dateTimeAttribute(date)}">${text}</time>`;
}

/**
 * dist/404.html: static hosts serve it for paths they do not have, so the app starts there and shows
 * its own "No event … in this timeline" for an unknown event link.
 */
export function renderNotFoundPage(shell: string, storyTitle: string, site: Site): string {
  const head = html`<title>Page not found · ${storyTitle}</title>
    <meta name="robots" content="noindex" />`;
  const body = html`<div class="static-page">
    <h1>Page not found</h1>
    <p>There is no page at this address. <a href="${site.base}">Go to ${storyTitle}</a>.</p>
  </div>`;
  return fillShell(shell, head, body);
}
