import { PillButton } from "../app/button/pill-button.tsx";
import type { Json } from "../core/json-diff.ts";
import type { Section } from "./problems.ts";
import { recordsAt, textOf } from "./story-lists.ts";
import { dateReading } from "./date-field.tsx";

export interface StudioNavProps {
  story: Json;
  section: Section;
  onSection: (section: Section) => void;
  onAddEvent: () => void;
  /** Paths with problems, to mark the events that have some. */
  problemPaths: ReadonlySet<string>;
}

const PARTS = [
  ["story", "Story"],
  ["about", "About"],
  ["actors", "Actors"],
  ["phases", "Phases"],
  ["tags", "Tags"],
  ["sources", "Sources"],
] as const;

/** The story's parts, then the list of events ("Events"), each opening its form. */
export function StudioNav({ story, section, onSection, onAddEvent, problemPaths }: StudioNavProps) {
  const events = recordsAt(story, ["events"]);
  const flagged = new Set(
    [...problemPaths].map((p) => /^events\[(\d+)\]/.exec(p)?.[1]).filter(Boolean),
  );
  return (
    <nav className="studio-nav" aria-label="Story parts">
      <ul className="studio-parts">
        {PARTS.map(([kind, label]) => (
          <li key={kind}>
            <button
              type="button"
              aria-current={section.kind === kind ? "true" : undefined}
              onClick={() => onSection({ kind })}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
      <h2 id="events-heading">Events</h2>
      <PillButton size="small" onClick={onAddEvent}>
        Add event
      </PillButton>
      <ul aria-label="Events" className="studio-events">
        {events.map((e, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={section.kind === "event" && section.index === i ? "true" : undefined}
              onClick={() => onSection({ kind: "event", index: i })}
            >
              <span className="studio-event-title">{textOf(e.title) || "Untitled event"}</span>
              <span className="studio-event-date">
                {dateReading(textOf(e.date)) ?? textOf(e.date)}
                {flagged.has(String(i)) ? " · has problems" : ""}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
