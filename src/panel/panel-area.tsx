import { useEffect, useRef, useSyncExternalStore } from "react";
import type { Timeline } from "../model/load.ts";
import { absoluteViewUrl, currentQuoteNumber, onQuoteHashChange } from "../url-state.ts";
import type { ViewState } from "../view-state.ts";
import { AboutPanel } from "./about-panel.tsx";
import { EventPanel } from "./event-panel.tsx";
import { NotFound } from "./not-found.tsx";
import { usePanelFocus } from "./use-panel-focus.ts";
import { usePanelScroll } from "./use-panel-scroll.ts";
import "./panel.css";
import "../share/static-page.css";

export interface PanelAreaProps {
  timeline: Timeline;
  view: ViewState;
  onSelect: (eventId: string | undefined) => void;
}

/** The panel beside the list: the open event, a "not found" for an unknown one, or the about text. */
export function PanelArea({ timeline, view, onSelect }: PanelAreaProps) {
  const area = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const targetedQuote = useSyncExternalStore(onQuoteHashChange, currentQuoteNumber);
  const { eventId } = view;
  const event = eventId === undefined ? undefined : timeline.byId.get(eventId);
  const close = () => onSelect(undefined);
  const shareUrl = () => absoluteViewUrl(view);

  usePanelScroll(area, eventId, targetedQuote);
  usePanelFocus(area, heading, eventId, close);
  const title =
    eventId === undefined
      ? timeline.story.title
      : `${event ? event.title : "Event not found"} · ${timeline.story.title}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <aside ref={area} className="panel-area" data-open={eventId === undefined ? undefined : ""}>
      {event ? (
        <EventPanel
          timeline={timeline}
          event={event}
          headingRef={heading}
          targetedQuote={targetedQuote}
          shareUrl={shareUrl}
          onSelect={onSelect}
        />
      ) : eventId !== undefined ? (
        <NotFound eventId={eventId} headingRef={heading} onClose={close} />
      ) : (
        <AboutPanel timeline={timeline} shareUrl={shareUrl} />
      )}
    </aside>
  );
}
