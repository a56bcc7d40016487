import { dateTimeAttribute } from "../core/dates.ts";
import type { DatedEvent, StoryModel } from "../core/story-model.ts";
import { CHANGES_HEADING, changeLabel, changeLog, eventChanges } from "../core/updates.ts";
import type { ChangeEntry } from "../core/updates.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";

/** The share pages' part of a developing story (the app's is src/app/updates/). */

function label(change: ChangeEntry): Html {
  return html`<time datetime="${dateTimeAttribute(change.when)}">${changeLabel(change)}</time>`;
}

/** With the event on its share page: its update, with what changed, and its corrections. */
export function eventChangesHtml(event: DatedEvent): Html | "" {
  const changes = eventChanges(event, undefined);
  if (changes.length === 0) return "";
  return html`<ul class="event-changes" aria-label="Updates and corrections">
    ${changes.map((c) => html`<li><strong>${label(c)}:</strong> ${c.text}</li>`)}
  </ul>`;
}

/** The start page's "Corrections and updates", newest first, each linking to its event's page. */
export function changesLogHtml(model: StoryModel, eventUrl: (id: string) => string): Html | "" {
  const entries = changeLog(model);
  if (entries.length === 0) return "";
  return html`<h2>${CHANGES_HEADING}</h2>
    <ol class="changes-log">
      ${entries.map(
        (c) =>
          html`<li>
            ${label(c)}:
            <a href="${eventUrl(c.event.id)}">${c.event.title}</a>${c.text && ` — ${c.text}`}
          </li>`,
      )}
    </ol>`;
}
