import type { MouseEvent } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { dateTimeAttribute, readerDateShort } from "../../core/dates.ts";
import { eventHref } from "../list/event-list-item.tsx";
import { EmbedButton } from "../share/embed-button.tsx";
import { ShareButton } from "../share/share-button.tsx";
import "./key-moments.css";

/** The DOM id of a key moment's link: focus comes back to it when the event it opened closes. */
export function keyMomentId(eventId: string): string {
  return `key-moment-${eventId}`;
}

export interface KeyMomentsProps {
  model: StoryModel;
  shareUrl: () => string;
  onSelect: (eventId: string) => void;
}

/**
 * What the panel shows while no event is open: the editor's key moments (the story's five to
 * seven turning points, in date order), each opening its event, then a short note on how to use
 * the timeline behind a disclosure. Without key moments, the first events of the story stand in.
 */
export function KeyMoments({ model, shareUrl, onSelect }: KeyMomentsProps) {
  const moments = model.keyMoments.length > 0 ? model.keyMoments : model.events.slice(0, 5);
  const heading = model.keyMoments.length > 0 ? "Key moments" : "Where it starts";
  const open = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    // A new tab or window keeps the browser's own behaviour.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onSelect(id);
  };
  return (
    <section className="key-moments" aria-labelledby="key-moments-title">
      <h2 id="key-moments-title" className="section-kicker">
        {heading}
      </h2>
      <ol className="key-moment-list">
        {moments.map((event) => (
          <li key={event.id} className="key-moment">
            <a
              id={keyMomentId(event.id)}
              className="key-moment-link"
              href={eventHref(event.id)}
              onClick={(e) => open(e, event.id)}
            >
              <time className="key-moment-date" dateTime={dateTimeAttribute(event.when)}>
                {readerDateShort(event)}
              </time>
              <span className="key-moment-title">{event.title}</span>
            </a>
          </li>
        ))}
      </ol>
      <div className="key-moments-tools">
        <ShareButton url={shareUrl} title={model.story.title} />
        <EmbedButton />
      </div>
      <details className="how-to">
        <summary>How to use this timeline</summary>
        <p>
          Choose an event on the timeline, in the list or above to read what happened, who said
          what, and where it was published; Previous and Next walk through the events in order. Drag
          the timeline or use its buttons to move through time and zoom; search and filter to narrow
          the list. Press <kbd>?</kbd> for the keyboard shortcuts.
        </p>
        <p>
          Every view has its own address: the open event, the period shown, the search and the
          filters. Share it, or link to a single quote.
        </p>
      </details>
    </section>
  );
}
