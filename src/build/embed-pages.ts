import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readerDate } from "../core/dates.ts";
import { isId } from "../core/ids.ts";
import type { StoryModel, DatedEvent } from "../core/story-model.ts";
import { html } from "./html.ts";
import { eventPath, fillShell, pageUrl } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";

/**
 * The embed's static pages, `embed/index.html` and `embed/events/<id>/index.html`, so that static
 * hosts serve `<base>embed/…`, where the app draws itself for a frame (src/app/embed/). Each is the
 * app's shell, kept out of search results, with a canonical link to the full page; its content, for
 * a frame without JavaScript, is the event in short and a link to the full page in a new tab.
 */

const EMBED = "embed/";

/** The embed's page for one event, or for the start view when `event` is undefined. */
export function renderEmbedPage(
  shell: string,
  model: StoryModel,
  event: DatedEvent | undefined,
  site: Site,
): string {
  const { story } = model;
  const path = event ? eventPath(event.id) : "";
  const head = html`<title>${event ? `${event.title} · ${story.title}` : story.title}</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${pageUrl(site, path)}" />`;
  const full = `${site.base}${path}`;
  const out = html`<a href="${full}" target="_blank" rel="noopener">Open full timeline</a>`;
  const body = event
    ? html`<div class="static-page">
        <p>${story.title}</p>
        <h1>${event.title}</h1>
        <p class="static-meta">${readerDate(event)}${event.place && ` · ${event.place}`}</p>
        <p>${event.summary}</p>
        <p>${out}</p>
      </div>`
    : html`<div class="static-page">
        <h1>${story.title}</h1>
        <p>${story.description}</p>
        <p>${out}</p>
      </div>`;
  return fillShell(shell, head, body);
}

/** Writes the embed's pages into a build's directory, from the shell as Vite built it. */
export function writeEmbedPages(
  dir: string,
  shell: string,
  model: StoryModel,
  site: Site,
  /** The shell of an event's page (it preloads the story's details, which its panel draws). */
  eventShell = shell,
): void {
  mkdirSync(join(dir, EMBED), { recursive: true });
  writeFileSync(join(dir, EMBED, "index.html"), renderEmbedPage(shell, model, undefined, site));
  for (const event of model.events) {
    // The schema allows slugs only; anything else must not become a path on disk.
    if (!isId(event.id)) continue;
    const page = join(dir, EMBED, eventPath(event.id));
    mkdirSync(page, { recursive: true });
    writeFileSync(join(page, "index.html"), renderEmbedPage(eventShell, model, event, site));
  }
}
