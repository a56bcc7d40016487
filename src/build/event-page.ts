import { readerDate } from "../core/dates.ts";
import type { StoryModel, DatedEvent, DatedQuote } from "../core/story-model.ts";
import type { Source } from "../core/schema.ts";
import { archivedLabel, asReportedText, languageName, sourceLabel } from "../core/citation.ts";
import { httpUrl } from "../core/http-url.ts";
import { eventChangesHtml } from "./changes-html.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";
import { mediaFigureHtml } from "./media-html.ts";
import { NO_MEDIA, eventPath, fillShell, metaHead, pageUrl, shorten, time } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * An event's own page (dist/events/<id>/index.html): its title, date, place and actors, media,
 * summary, quotes, competing accounts and sources, with links to the events before and after.
 */

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
