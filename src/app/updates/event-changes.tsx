import { dateTimeAttribute } from "../../core/dates.ts";
import type { DatedEvent } from "../../core/story-model.ts";
import { changeLabel, eventChanges } from "../../core/updates.ts";
import "./updates.css";

export interface EventChangesProps {
  event: DatedEvent;
}

/** With the event (panel and print): its update, with what changed, and its corrections. */
export function EventChanges({ event }: EventChangesProps) {
  // "Added" is for the log; with the event itself only what changed in it is news.
  const changes = eventChanges(event, undefined).filter((c) => c.kind !== "added");
  if (changes.length === 0) return null;
  return (
    <ul className="event-changes" aria-label="Updates and corrections">
      {changes.map((change, i) => (
        <li key={i} className={`event-change is-${change.kind}`}>
          <strong>
            <time dateTime={dateTimeAttribute(change.when)}>{changeLabel(change)}</time>:
          </strong>{" "}
          {change.text}
        </li>
      ))}
    </ul>
  );
}
