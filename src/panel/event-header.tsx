import type { RefObject } from "react";
import { dateTimeAttribute, formatDate } from "../model/dates.ts";
import type { Timeline, TimelineEvent } from "../model/load.ts";
import { ActorChips } from "./actor-chips.tsx";

export interface EventHeaderProps {
  timeline: Timeline;
  event: TimelineEvent;
  /** The title receives focus when the panel opens. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Title, date (as precise as the data), place and actors. */
export function EventHeader({ timeline, event, headingRef }: EventHeaderProps) {
  return (
    <header className="event-header">
      <h2 className="event-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="event-when">
        <time dateTime={dateTimeAttribute(event.when)}>{formatDate(event.when)}</time>
        {event.place && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            <span className="event-place">{event.place}</span>
          </>
        )}
      </p>
      <ActorChips timeline={timeline} actorIds={event.actors} />
    </header>
  );
}
