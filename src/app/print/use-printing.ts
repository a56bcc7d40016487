import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

const PRINT = "print";

/**
 * True while the page is being printed. Browsers fire `beforeprint` and lay the page out for print
 * as soon as its handlers return, so the state is committed inside the handler (flushSync): what
 * prints is rendered just in time and costs nothing on screen. The print media query covers the
 * rest (print emulation in developer tools, browsers that print without the event).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia(PRINT).matches);
  useEffect(() => {
    const media = window.matchMedia(PRINT);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    const change = () => setPrinting(media.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media.removeEventListener("change", change);
    };
  }, []);
  return printing;
}
