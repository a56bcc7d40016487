import type { RefObject } from "react";
import { PanelBar } from "./panel-bar.tsx";
import "./event-panel.css";

/** An id in a link may be anything; past this many characters it is cut short for display. */
const SHOWN_ID_LENGTH = 80;

export interface NotFoundProps {
  eventId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

/** A link to an event this timeline does not have: say so, and leave everything else usable. */
export function NotFound({ eventId, headingRef, onClose }: NotFoundProps) {
  const shown =
    eventId.length > SHOWN_ID_LENGTH ? `${eventId.slice(0, SHOWN_ID_LENGTH)}…` : eventId;
  return (
    <section className="event-panel not-found" aria-label="Event details">
      <PanelBar onClose={onClose} />
      <div role="status">
        <h2 className="event-title" ref={headingRef} tabIndex={-1}>
          No event “{shown}” in this timeline
        </h2>
      </div>
      <p>
        The link may be mistyped, or the event may have been renamed or removed. Every event of the
        timeline is in the list and on the timeline above; choose one to read it.
      </p>
    </section>
  );
}
