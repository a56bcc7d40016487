import { dateTimeAttribute, formatDate, readerDate, readerDateShort } from "../core/dates.ts";
import type { EdtfDate } from "../core/dates.ts";
import type { StoryModel, DatedEvent, DatedQuote } from "../core/story-model.ts";
import type { Source } from "../core/schema.ts";
import {
  archivedLabel,
  asReportedText,
  CORRECTIONS_HEADING,
  languageName,
  sourceLabel,
} from "../core/citation.ts";
import { httpUrl } from "../core/http-url.ts";
import { changesLogHtml, eventChangesHtml } from "./changes-html.ts";
import { feedLinks } from "./feed-links.ts";
import { firstViewHtml } from "./first-view-html.ts";
import { Html, html } from "./html.ts";
import { mediaFigureHtml, shareImageMeta } from "./media-html.ts";
import type { MediaSite } from "./media-html.ts";
import type { Media } from "../core/schema.ts";
import { storyStamp } from "../core/updates.ts";
import { mustParseEdtf } from "../core/dates.ts";

/**
 * The static pages of a build: one per event (dist/events/<id>/index.html), the start page with the
 * whole chronology, and 404.html. Each is the app's built shell with a meaningful <head> (title,
 * description, Open Graph, canonical link) and the content as plain HTML inside #root, so a link
 * previews well and reads without JavaScript; the app replaces #root's content when it starts.
 */

export interface Site {
  /** Vite's `base`: "/" or "/timeline/". */
  base: string;
  /** Where the site is published ("https://example.org"): links in <head> become absolute. */
  siteUrl: string | undefined;
  /** What the build made of the story's local media, and the base they live under. */
  media?: MediaSite;
}

const NO_MEDIA: MediaSite = { index: {}, base: "/" };

/**
 * The start page is what every reader downloads first, before the app replaces it. Past this many
 * events its chronology lists titles and dates only (10,000 events with summaries would be about
 * 5 MB), inside `<noscript>`: readers without JavaScript (and crawlers) still get every event and
 * its link, while with scripting on the browser reads it as one text node instead of building, and
 * React then removing, tens of thousands of elements (at 10,000 events that removal alone took
 * 4.4 s of the app's first commit).
 */
const START_PAGE_FULL = 1000;
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

interface Meta {
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

function metaHead(meta: Meta, site: Site): Html {
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

function time(date: EdtfDate, text = formatDate(date)): Html {
  return html`<time datetime="${dateTimeAttribute(date)}">${text}</time>`;
}

function link(url: string, text: string): Html | string {
  const href = httpUrl(url);
  return href ? html`<a href="${href}" rel="noopener">${text}</a>` : text;
}

/** Kept copies of a source's text, after its link: " (also copy at megalodon.jp)". */
function archived(source: Source): Html | string {
  if (!source.archived) return "";
  return html` (also
  ${source.archived.map((url, i) => html`${i > 0 ? ", " : ""}${link(url, archivedLabel(url))}`)})`;
}

function quoteFigure(model: StoryModel, quote: DatedQuote, n: number): Html {
  const source = model.story.sources[quote.source];
  const speakerAndRole = [quote.speaker, quote.role].filter(Boolean).join(", ");
  return html`<figure id="quote-${n}">
      <blockquote${quote.translated ? "" : html` lang="${quote.language}"`}><p>“${quote.text}”</p></blockquote>
      <figcaption>
        <p>— ${speakerAndRole}, ${time(quote.when)}</p>
        <p>${quote.translated && `Translated from ${languageName(quote.language)}. `}Source: ${source ? link(source.url, sourceLabel(source)) : quote.source}</p>
        ${quote.asReported && html`<p>${asReportedText(quote.asReported)}</p>`}
      </figcaption>
    </figure>`;
}

function eventBody(model: StoryModel, event: DatedEvent, site: Site): Html {
  const { story } = model;
  const actors = event.actors.map((id) => model.actorById.get(id)?.name ?? id).join(", ");
  const previous = model.events[event.index - 1];
  const next = model.events[event.index + 1];
  return html`<div class="static-page">
    <p><a href="${site.base}">${story.title}</a></p>
    <article>
      <h1>${event.title}</h1>
      <p class="static-meta">
        ${time(event.when, readerDate(event))}${event.place && ` · ${event.place}`} · ${actors}
      </p>
      ${event.media?.map((m, i) => mediaFigureHtml(m, site.media ?? NO_MEDIA, event.title, i === 0))}
      <p>${event.summary}</p>
      ${eventChangesHtml(event)}
      ${event.note && html`<p><strong>Editor’s note:</strong> ${event.note}</p>`}
      ${event.quotes.length > 0 && html`<h2>Quotes</h2>`}
      ${event.quotes.map((quote, i) => quoteFigure(model, quote, i + 1))}
      ${
        event.accounts &&
        event.accounts.length > 0 &&
        html`<h2>Competing accounts</h2>
          <ul>
            ${event.accounts.map((account) => {
              const source = story.sources[account.source];
              const actor = model.actorById.get(account.actor)?.name ?? account.actor;
              return html` <li>
                <strong>${actor}:</strong> ${account.text} (Source:
                ${source ? link(source.url, sourceLabel(source)) : account.source})
              </li>`;
            })}
          </ul>`
      }
      <h2>Sources</h2>
      ${
        event.sources.length === 0
          ? html`<p>No source cited</p>`
          : html`<ol>
              ${event.sources.map((id) => {
                const source = story.sources[id];
                if (!source) return html`<li>${id}</li>`;
                return html` <li>
                  ${sourceLabel(source)}:
                  ${link(source.url, source.title)}${source.publishedWhen && html`, ${time(source.publishedWhen)}`}${archived(source)}
                </li>`;
              })}
            </ol>`
      }
      <nav class="static-nav" aria-label="Previous and next events">
        ${previous && html`<a href="${site.base}${eventPath(previous.id)}">← ${previous.title}</a>`}
        ${next && html`<a href="${site.base}${eventPath(next.id)}">${next.title} →</a>`}
      </nav>
    </article>
  </div>`;
}

/** dist/events/<id>/index.html */
export function renderEventPage(
  shell: string,
  model: StoryModel,
  event: DatedEvent,
  site: Site,
): string {
  const where = event.place ? `, ${event.place}` : "";
  const head = metaHead(
    {
      title: `${event.title} · ${model.story.title}`,
      name: event.title,
      description: shorten(`${readerDate(event)}${where}. ${event.summary}`),
      url: pageUrl(site, eventPath(event.id)),
      type: "article",
      siteName: model.story.title,
      image: event.media?.find((m) => m.kind === "image") ?? model.story.leadImage,
    },
    site,
  );
  return fillShell(shell, head, eventBody(model, event, site));
}

/**
 * dist/index.html: laid out as the app lays out its first view (masthead, the chart's first view
 * from src/build/first-view-html.ts, then the list), so that nothing the reader sees moves when
 * the app replaces it; the whole chronology, each event linking to its page (see START_PAGE_FULL).
 */
export function renderStartPage(shell: string, model: StoryModel, site: Site): string {
  const { story } = model;
  const full = model.events.length <= START_PAGE_FULL;
  const chart = firstViewHtml(model, site.base);
  const head = html`${metaHead(
    {
      title: story.title,
      name: story.title,
      description: shorten(story.description),
      url: pageUrl(site, ""),
      type: "website",
      siteName: story.title,
      image: story.leadImage,
    },
    site,
  )}
  ${styleElement(chart.css)}`;
  const chronology = html`<h2>Chronology</h2>
    <ol class="static-chronology">
      ${model.events.map(
        (event) =>
          html` <li>
            <a href="${site.base}${eventPath(event.id)}">${event.title}</a>
            ${time(event.when, readerDateShort(event))} ${full && html`<p>${event.summary}</p>`}
          </li>`,
      )}
    </ol>`;
  const stamp = storyStamp(story);
  const at = story.updated ?? story.published;
  const body = html`<div class="app">
    <header class="masthead">
      <div class="masthead-text">
        <h1>${story.title}</h1>
        <p class="standfirst">${story.description}</p>
        ${stamp && at && html`<p class="updated-stamp">${time(mustParseEdtf(at), stamp)}</p>`}
      </div>
      ${heldTools()}
    </header>
    ${keyMoments(model, site)}
    <main class="main">
      ${chart.body}
      <div class="list-area">
        <div class="static-page">
          ${full ? chronology : html`<noscript>${chronology}</noscript>`}
          ${story.about && story.about.length > 0 && html`<h2>About this timeline</h2>`}
          ${story.about?.map((paragraph) => html`<p>${paragraph}</p>`)}
          ${story.corrections && story.corrections.length > 0 && html`<h3>${CORRECTIONS_HEADING}</h3>`}
          ${story.corrections?.map((paragraph) => html`<p>${paragraph}</p>`)}
          ${changesLogHtml(model, (id) => `${site.base}${eventPath(id)}`)}
        </div>
      </div>
    </main>
  </div>`;
  return fillShell(allowStyle(shell, chart.cspSource), head, body);
}

/**
 * The panel as the app first shows it (src/app/panel/key-moments.tsx): the key moments, each a
 * link to its event's page. On a phone it comes before the chart, so it holds the chart's place.
 */
function keyMoments(model: StoryModel, site: Site): Html {
  const moments = model.keyMoments.length > 0 ? model.keyMoments : model.events.slice(0, 5);
  const heading = model.keyMoments.length > 0 ? "Key moments" : "Where it starts";
  return html`<aside class="panel-area">
    <section class="key-moments" aria-labelledby="key-moments-title">
      <h2 id="key-moments-title" class="section-kicker">${heading}</h2>
      <ol class="key-moment-list">
        ${moments.map(
          (event) =>
            html`<li class="key-moment">
              <a class="key-moment-link" href="${site.base}${eventPath(event.id)}"
                ><time class="key-moment-date" datetime="${dateTimeAttribute(event.when)}"
                  >${readerDateShort(event)}</time
                ><span class="key-moment-title">${event.title}</span></a
              >
            </li>`,
        )}
      </ol>
      <div class="key-moments-tools is-held" aria-hidden="true">
        <span class="share"
          ><span class="pill-button medium"><span class="share-icon">↗</span>Share</span></span
        >
        <span class="pill-button medium embed-open"
          ><span class="embed-icon">&lt;/&gt;</span>Embed</span
        >
      </div>
      <details class="how-to">
        <summary>How to use this timeline</summary>
        <p>Every event has its own page: choose one on the timeline, above or in the chronology.</p>
      </details>
    </section>
  </aside>`;
}

/**
 * The search box's room, held (invisible, out of the accessibility tree): the app puts the
 * working search there, and on a phone it is a row of the masthead of its own.
 */
function heldTools(): Html {
  return html`<div class="masthead-tools is-held" aria-hidden="true">
    <div class="search">
      <div class="search-form">
        <span class="search-label">Search events</span>
        <div class="search-field">
          <input class="search-input" type="search" disabled tabindex="-1" />
        </div>
      </div>
    </div>
    <span class="pill-button large shortcuts-button">Keyboard shortcuts <kbd>?</kbd></span>
  </div>`;
}

/**
 * A `<style>` holding exactly `css`: its hash is in the CSP, so not one character may change (a
 * template that a formatter re-indents would change it).
 */
function styleElement(css: string): Html {
  return new Html("<style>" + css + "</style>");
}

/**
 * The page's CSP with one more allowed stylesheet (by its hash). A shell without a CSP (the
 * tests' own) allows it already.
 */
function allowStyle(shell: string, source: string): string {
  return shell.replace("style-src 'self'", () => `style-src 'self' ${source}`);
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
