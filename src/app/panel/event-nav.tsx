import type { ReactNode } from "react";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";

export interface EventNavProps {
  model: StoryModel;
  event: DatedEvent;
  onSelect: (eventId: string) => void;
}

/**
 * Previous and next event in date order, with their titles. At either end the button stays in
 * place (aria-disabled, not disabled), so focus is not lost when the reader reaches it.
 */
export function EventNav({ model, event, onSelect }: EventNavProps) {
  const previous = model.events[event.index - 1];
  const next = model.events[event.index + 1];
  const step = (to: DatedEvent | undefined, className: string, label: ReactNode) => (
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
