import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import { EVENT_NAV_ATTRIBUTE } from "./event-nav.tsx";

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement)
  );
}

/**
 * Focus follows the panel: when an event opens from elsewhere (or a link opens it, except in a
 * frame: an embed takes no focus from its host page), focus moves to its title; when the
 * panel closes (Close, Esc, Back), focus goes back to what opened it (or, when that was a key
 * moment the panel replaced, to the same key moment drawn again). Walking with Previous/Next moves
 * focus to the new event's title, so a screen reader reads it and the reader goes on reading from
 * the top; the buttons stay at the panel's foot. Esc closes the panel, except in a text field (where Esc clears the
 * field) and in a dialog (whose own Esc comes first).
 */
export function usePanelFocus(
  area: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  eventId: string | undefined,
  close: () => void,
): void {
  const opener = useRef<Element | null>(null);
  const openerId = useRef("");
  const wasOpen = useRef(false);
  // A page in a frame (the embed on a news site) opening on a deep link leaves focus, and the
  // host page's scroll, where the reader has them.
  const openedByLoad = useRef(window.self !== window.top ? eventId : undefined);
  // What had focus last: a key moment that opened the event is gone (and focus with it) by the
  // time the panel's effect runs.
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Element) lastFocused.current = e.target;
    };
    document.addEventListener("focusin", onFocusIn);
    return () => document.removeEventListener("focusin", onFocusIn);
  }, []);

  useEffect(() => {
    const active = document.activeElement;
    // Focus inside the open panel (Previous/Next, a link in it) stays the panel's; the key
    // moments the closed panel shows open an event as the list does.
    const inArea = wasOpen.current && (area.current?.contains(active) ?? false);
    if (eventId !== openedByLoad.current) openedByLoad.current = undefined;
    if (eventId !== undefined) {
      wasOpen.current = true;
      const stepped = active instanceof Element && active.hasAttribute(EVENT_NAV_ATTRIBUTE);
      if (stepped) heading.current?.focus({ preventScroll: true });
      if (inArea || openedByLoad.current !== undefined) return;
      const from = active && active !== document.body ? active : lastFocused.current;
      opener.current = from;
      openerId.current = from?.id ?? "";
      heading.current?.focus({ preventScroll: true });
    } else if (wasOpen.current) {
      wasOpen.current = false;
      // Focus fell to the page when the panel's content went; another choice of the reader stays.
      const lost =
        active === null || active === document.body || (area.current?.contains(active) ?? false);
      const back = opener.current?.isConnected
        ? opener.current
        : openerId.current && document.getElementById(openerId.current);
      if (lost && back instanceof HTMLElement) back.focus();
    }
  }, [area, heading, eventId]);

  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  const open = eventId !== undefined;
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (typingIn(e.target)) return;
      if (e.target instanceof Element && e.target.closest("dialog")) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);
}
