import type { ReactNode } from "react";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import "./event-nav.css";

/** Marks the Previous/Next buttons: focus on one of them follows the reader to the new event. */
export const EVENT_NAV_ATTRIBUTE = "data-event-nav";

export interface EventNavProps {
  model: StoryModel;
  event: DatedEvent;
  onSelect: (eventId: string) => void;
}

/**
 * Previous and next event in date order, naming the event each leads to; it stays in view at the
 * panel's foot (sticky). At either end the button is disabled, so "Previous event" on the first
 * event is no stop for Tab; focus never rests on it, because each step moves focus to the new
 * event's title (see usePanelFocus).
 */
export function EventNav({ model, event, onSelect }: EventNavProps) {
  const previous = model.events[event.index - 1];
  const next = model.events[event.index + 1];
  const step = (to: DatedEvent | undefined, className: string, label: ReactNode, end: string) => (
    <button
      type="button"
      className={`event-nav-button ${className}`}
      disabled={!to}
      aria-disabled={to ? undefined : "true"}
      {...{ [EVENT_NAV_ATTRIBUTE]: "" }}
      onClick={() => to && onSelect(to.id)}
    >
      <span className="event-nav-label">{label}</span>
      <span className="event-nav-title">{to ? to.title : end}</span>
    </button>
  );
  return (
    <nav className="event-nav" aria-label="Previous and next events">
      <p className="event-nav-position">
        Event {event.index + 1} of {model.events.length}
      </p>
      <div className="event-nav-buttons">
        {step(
          previous,
          "previous",
          <>
            <span aria-hidden="true">← </span>Previous event
          </>,
          "This is the first event",
        )}
        {step(
          next,
          "next",
          <>
            Next event<span aria-hidden="true"> →</span>
          </>,
          "This is the last event",
        )}
      </div>
    </nav>
  );
}
