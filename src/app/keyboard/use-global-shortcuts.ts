import { useEffect, useRef } from "react";

export interface GlobalShortcuts {
  /** `/`: go to the search box. */
  focusSearch: () => void;
  /** `?`: list the shortcuts. */
  showHelp: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The page-wide keys. They never fire while the reader types in a field or has a dialog open, and
 * leave every other key (Escape above all: it closes the panel) to whoever handles it.
 */
export function useGlobalShortcuts(shortcuts: GlobalShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      if (e.target instanceof Element && e.target.closest("dialog")) return;
      if (e.key === "/") {
        e.preventDefault();
        latest.current.focusSearch();
      } else if (e.key === "?") {
        e.preventDefault();
        latest.current.showHelp();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
