import { useDeferredValue, useEffect, useRef, useSyncExternalStore } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { absoluteViewUrl, currentQuoteNumber, onQuoteHashChange } from "../address-bar.ts";
import { afterNextPaint } from "../after-paint.ts";
import type { ViewState } from "../../core/url.ts";
import { EventPanel } from "./event-panel.tsx";
import { KeyMoments } from "./key-moments.tsx";
import { NotFound } from "./not-found.tsx";
import { usePanelFocus } from "./use-panel-focus.ts";
import { usePanelScroll } from "./use-panel-scroll.ts";
import { useLoadedStory } from "../whole-story.ts";
import "./panel.css";
import "./panel-phone.css";
import "../static-page.css";

export interface PanelAreaProps {
  model: StoryModel;
  view: ViewState;
  onSelect: (eventId: string | undefined) => void;
}

/** The panel beside the list: the open event, a "not found" for an unknown one, or the key moments. */
export function PanelArea({ model, view, onSelect }: PanelAreaProps) {
  const area = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const targetedQuote = useSyncExternalStore(onQuoteHashChange, currentQuoteNumber);
  const { eventId } = view;
  // An event opened (or Next) paints its title, summary and the way on first, and its quotes
  // and sources in the next frame, with the chart and the list (see useStoryView): on a phone
  // they are below the sheet's first screen, and their layout was most of the opening's cost.
  const fullEventId = useDeferredValue(eventId);
  const event = eventId === undefined ? undefined : model.byId.get(eventId);
  const close = () => onSelect(undefined);
  const shareUrl = () => absoluteViewUrl(view);

  const quotesReady = useLoadedStory(model) !== undefined;
  usePanelScroll(area, eventId, targetedQuote, quotesReady);
  usePanelFocus(area, heading, eventId, close);
  const title =
    eventId === undefined
      ? model.story.title
      : `${event ? event.title : "Event not found"} · ${model.story.title}`;
  // After the panel's paint: setting the title cost some 10 ms on a phone-class CPU.
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title;
      }),
    [title],
  );

  return (
    <aside ref={area} className="panel-area" data-open={eventId === undefined ? undefined : ""}>
      {event ? (
        <EventPanel
          model={model}
          event={event}
          headingRef={heading}
          targetedQuote={targetedQuote}
          fullEventId={fullEventId}
          shareUrl={shareUrl}
          onSelect={onSelect}
        />
      ) : eventId !== undefined ? (
        <NotFound eventId={eventId} headingRef={heading} onClose={close} />
      ) : (
        <KeyMoments model={model} shareUrl={shareUrl} onSelect={onSelect} />
      )}
    </aside>
  );
}
