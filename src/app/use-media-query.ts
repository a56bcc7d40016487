import { useSyncExternalStore } from "react";

/** The phone layout: the list under a compact chart strip, the open event as a sheet (panel-phone.css). */
export const PHONE_LAYOUT = "(max-width: 720px)";

/** Whether a media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
