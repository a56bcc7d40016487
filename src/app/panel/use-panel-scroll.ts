import { useEffect } from "react";
import type { RefObject } from "react";
import { quoteHash } from "../../core/url.ts";

/**
 * A newly opened event is read from its top; a link to one of its quotes (#quote-2) scrolls to that
 * quote instead, once the quotes are drawn (`quotesReady`: the story's details have loaded).
 * `area` scrolls on a wide screen, the panel itself when it is a phone's sheet.
 */
export function usePanelScroll(
  area: RefObject<HTMLElement | null>,
  eventId: string | undefined,
  targetedQuote: number | undefined,
  quotesReady: boolean,
): void {
  useEffect(() => {
    const element = area.current;
    if (!element || eventId === undefined) return;
    const figure = targetedQuote ? element.querySelector(quoteHash(targetedQuote)) : null;
    if (figure) {
      figure.scrollIntoView({ block: "start" });
      return;
    }
    element.scrollTo({ top: 0 });
    element.querySelector(".event-panel")?.scrollTo({ top: 0 });
  }, [area, eventId, targetedQuote, quotesReady]);
}
