import type { MouseEvent } from "react";
import { dateTimeAttribute } from "../../core/dates.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { CHANGES_HEADING, changeLabel, changeLog } from "../../core/updates.ts";
import { eventHref } from "../list/event-list-item.tsx";
import { useUpdates } from "./updates-context.ts";
import "./updates.css";

export interface ChangesLogProps {
  model: StoryModel;
}

/** "Corrections and updates": every change to the story, newest first, each linking to its event. */
export function ChangesLog({ model }: ChangesLogProps) {
  const { select } = useUpdates();
  const entries = changeLog(model);
  if (entries.length === 0) return null;
  return (
    <section className="changes-log" aria-labelledby="changes-log-title">
      <h3 id="changes-log-title">{CHANGES_HEADING}</h3>
      <ol>
        {entries.map((entry, i) => {
          const open = (e: MouseEvent<HTMLAnchorElement>) => {
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            select(entry.event.id);
          };
          return (
            <li key={i} className={`changes-log-entry is-${entry.kind}`}>
              <time dateTime={dateTimeAttribute(entry.when)}>{changeLabel(entry)}</time>:{" "}
              <a href={eventHref(entry.event.id)} onClick={open}>
                {entry.event.title}
              </a>
              {entry.text && ` — ${entry.text}`}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
