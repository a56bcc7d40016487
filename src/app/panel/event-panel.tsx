import type { RefObject } from "react";
import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { ShareButton } from "../share/share-button.tsx";
import { Accounts } from "./accounts.tsx";
import { EventHeader } from "./event-header.tsx";
import { EventNav } from "./event-nav.tsx";
import { PanelBar } from "./panel-bar.tsx";
import { QuoteList } from "./quote-list.tsx";
import { SourceList } from "./source-list.tsx";
import { EventChanges } from "../updates/event-changes.tsx";
import { EventMedia } from "../media/media-figure.tsx";
import { DETAILS_FAILED, DETAILS_LOADING, useWholeStory } from "../whole-story.ts";
import "./event-panel.css";

export interface EventPanelProps {
  model: StoryModel;
  event: DatedEvent;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The quote the URL's hash points at (1-based). */
  targetedQuote: number | undefined;
  /**
   * The event whose quotes, accounts and sources may be drawn: `event`'s id, or an earlier one's
   * for a frame while the panel's top is painted first (see PanelArea). Until it is `event`'s,
   * they wait, unless a quote is targeted (the panel scrolls to it).
   */
  fullEventId: string | undefined;
  shareUrl: () => string;
  onSelect: (eventId: string | undefined) => void;
}

/** Everything about one event: the region "Event details", whose first heading is its title. */
export function EventPanel({
  model,
  event,
  headingRef,
  targetedQuote,
  fullEventId,
  shareUrl,
  onSelect,
}: EventPanelProps) {
  const full = fullEventId === event.id || targetedQuote !== undefined;
  const whole = useWholeStory(model);
  const details = typeof whole === "object" ? whole.byId.get(event.id) : undefined;
  return (
    <section className="event-panel" aria-label="Event details">
      <PanelBar onClose={() => onSelect(undefined)}>
        <ShareButton url={shareUrl} title={event.title} />
      </PanelBar>
      <EventHeader model={model} event={event} headingRef={headingRef} />
      <EventMedia media={event.media} eventTitle={event.title} />
      <p className="event-summary">{event.summary}</p>
      <EventChanges event={event} />
      {event.note && (
        <p className="event-note">
          <span className="event-note-label">Editor’s note: </span>
          {event.note}
        </p>
      )}
      {full && typeof whole === "object" && details && (
        <>
          <QuoteList model={whole} event={details} targeted={targetedQuote} />
          {details.accounts && details.accounts.length > 0 && (
            <Accounts model={whole} accounts={details.accounts} />
          )}
          <SourceList model={whole} sourceIds={details.sources} />
        </>
      )}
      {full && typeof whole !== "object" && (
        <p className="event-details-status" role="status">
          {whole === "loading" ? DETAILS_LOADING : DETAILS_FAILED}
        </p>
      )}
      <EventNav model={model} event={event} onSelect={onSelect} />
    </section>
  );
}
