import type { RefObject } from "react";
import { dateTimeAttribute, readerDate } from "../../core/dates.ts";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { ActorChips } from "./actor-chips.tsx";

export interface EventHeaderProps {
  model: StoryModel;
  event: DatedEvent;
  /** The title receives focus when the panel opens. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** Title, date (as precise as the data), place and actors. */
export function EventHeader({ model: model, event, headingRef }: EventHeaderProps) {
  return (
    <header className="event-header">
      <h2 className="event-title" ref={headingRef} tabIndex={-1}>
        {event.title}
      </h2>
      <p className="event-when">
        <time dateTime={dateTimeAttribute(event.when)}>{readerDate(event)}</time>
        {event.place && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            <span className="event-place">{event.place}</span>
          </>
        )}
      </p>
      <ActorChips model={model} actorIds={event.actors} />
    </header>
  );
}
