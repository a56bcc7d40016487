import { useEffect } from "react";

/**
 * Inside the embed, a link to another page opens in a new tab instead of replacing the embed in the
 * host's frame (where a news site's article, say, may refuse to load at all). Left alone: links the
 * app handles itself (it prevents their default), anchors within the page (`#quote-2`), links with
 * a target of their own, and clicks with a modifier key (the browser's own new tab or window).
 */
export function useLinksOutInNewTab(): void {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target !== "") return;
      if (link.getAttribute("href")?.startsWith("#")) return;
      e.preventDefault();
      window.open(link.href, "_blank", "noopener");
    };
    // Bubbling to the document: the app's own handlers (on its root) have run by then.
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
}
