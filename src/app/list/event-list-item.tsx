import { memo } from "react";
import type { CSSProperties, MouseEvent } from "react";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { dateTimeAttribute, readerDateShort } from "../../core/dates.ts";
import { matchSnippet } from "../search/highlight.ts";
import { HighlightedText } from "../search/highlighted-text.tsx";
import { RowThumbnail } from "../media/row-thumbnail.tsx";
import { ChangeBadges } from "../updates/change-badges.tsx";
import { useChangeWords } from "../updates/updates-context.ts";

/** The DOM id of an event's link in the list, for moving focus to it. */
export function listItemId(eventId: string): string {
  return `list-item-${eventId}`;
}

export function eventHref(eventId: string): string {
  return `${import.meta.env.BASE_URL}events/${eventId}`;
}

/** Ends `text` with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.?!…]["”’)]?$/.test(text) ? text : `${text}.`;
}

export interface EventListItemProps {
  event: DatedEvent;
  model: StoryModel;
  /**
   * The whole story once its details have loaded (see whole-story.ts), for the snippet of a match
   * in a quote or a source; given only with `terms`, so that no other row draws again.
   */
  searched?: StoryModel | undefined;
  /** Words the search matched in this event. */
  terms: ReadonlySet<string> | undefined;
  selected: boolean;
  /** Inside the timeline's visible window. */
  inWindow: boolean;
  /** The one item reached by Tab (roving focus). */
  tabbable: boolean;
  /** Index among the events shown, of `count`. */
  position: number;
  count: number;
  /**
   * A long list's row, placed by its position (list.css): a search that changes the row height
   * moves every row without rendering one again.
   */
  placed: boolean;
  onSelect: (eventId: string) => void;
}

/** One event: date, title and actors, as a link to its page; what else matched the search. */
export const EventListItem = memo(function EventListItem({
  event,
  model,
  searched,
  terms,
  selected,
  inWindow,
  tabbable,
  position,
  count,
  placed,
  onSelect,
}: EventListItemProps) {
  const read = searched ?? model;
  const snippet = terms && matchSnippet(read.byId.get(event.id) ?? event, read, terms);
  const changes = useChangeWords(event);
  const date = readerDateShort(event);
  const actors = event.actors.map((id) => model.actorById.get(id)?.name ?? id);
  // One sentence for screen readers; the row's parts are laid out apart and would run together.
  const label = [`${date}, ${sentence(event.title)}`, `${actors.join(", ")}.`]
    .concat(snippet ? [`${snippet.label}: ${snippet.text}`] : [])
    .concat(changes.map((word) => `${word}.`))
    .join(" ");
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window keeps the browser's own behaviour.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(event.id);
  };
  return (
    <li
      className="list-row"
      data-in-window={inWindow ? "" : undefined}
      aria-posinset={position + 1}
      aria-setsize={count}
      style={placed ? ({ "--row": position } as CSSProperties) : undefined}
    >
      <a
        id={listItemId(event.id)}
        className="row-link"
        href={eventHref(event.id)}
        data-event-id={event.id}
        aria-label={label}
        aria-current={selected ? "true" : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={open}
      >
        <time className="row-date" dateTime={dateTimeAttribute(event.when)}>
          {date}
        </time>
        <RowThumbnail media={event.media} />
        <span className="row-title">
          <HighlightedText text={event.title} terms={terms} />
          <ChangeBadges words={changes} />
        </span>
        <span className="row-actors">
          {actors.map((name) => (
            <span key={name} className="row-actor">
              {name}
            </span>
          ))}
        </span>
        {snippet && (
          <span className="row-snippet">
            <span className="row-snippet-label">{snippet.label}: </span>
            <HighlightedText text={snippet.text} terms={terms} />
          </span>
        )}
      </a>
    </li>
  );
});
