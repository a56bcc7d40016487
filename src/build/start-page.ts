import { dateTimeAttribute, mustParseEdtf, readerDateShort } from "../core/dates.ts";
import type { StoryModel } from "../core/story-model.ts";
import { CORRECTIONS_HEADING } from "../core/citation.ts";
import { storyStamp } from "../core/updates.ts";
import { changesLogHtml } from "./changes-html.ts";
import { firstViewHtml } from "./first-view-html.ts";
import { Html, html } from "./html.ts";
import { eventPath, fillShell, metaHead, pageUrl, shorten, time } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * The start page is what every reader downloads first, before the app replaces it. Past this many
 * events its chronology lists titles and dates only (10,000 events with summaries would be about
 * 5 MB), inside `<noscript>`: readers without JavaScript (and crawlers) still get every event and
 * its link, while with scripting on the browser reads it as one text node instead of building, and
 * React then removing, tens of thousands of elements (at 10,000 events that removal alone took
 * 4.4 s of the app's first commit).
 */
const START_PAGE_FULL = 1000;

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
