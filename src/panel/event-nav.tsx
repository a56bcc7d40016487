import type { ReactNode } from "react";
import type { Timeline, TimelineEvent } from "../model/load.ts";

export interface EventNavProps {
  timeline: Timeline;
  event: TimelineEvent;
  onSelect: (eventId: string) => void;
}

/**
 * Previous and next event in date order, with their titles. At either end the button stays in
 * place (aria-disabled, not disabled), so focus is not lost when the reader reaches it.
 */
export function EventNav({ timeline, event, onSelect }: EventNavProps) {
  const previous = timeline.events[event.index - 1];
  const next = timeline.events[event.index + 1];
  const step = (to: TimelineEvent | undefined, className: string, label: ReactNode) => (
    <button
      type="button"
      className={`event-nav-button ${className}`}
      aria-disabled={to ? undefined : "true"}
      onClick={() => to && onSelect(to.id)}
    >
      <span className="event-nav-label">{label}</span>
      <span className="event-nav-title">{to ? to.title : "None"}</span>
    </button>
  );
  return (
    <nav className="event-nav" aria-label="Previous and next events">
      {step(
        previous,
        "previous",
        <>
          <span aria-hidden="true">← </span>Previous event
        </>,
      )}
      {step(
        next,
        "next",
        <>
          Next event<span aria-hidden="true"> →</span>
        </>,
      )}
    </nav>
  );
}
