import slugs from "virtual:story-slugs";
import { storyAt } from "../core/site-address.ts";
import { formatViewUrl, parseViewUrl, quoteNumberFromHash } from "../core/url.ts";
import type { ViewState } from "../core/url.ts";

/**
 * The only module that reads or writes the address bar (`location` and `history`). What a URL means
 * is src/core/url.ts; this applies it to the real one, under the site's base path.
 */

/**
 * A site holds several stories (src/core/site-address.ts): the page's path says which one this is,
 * and that story's base is the base every view URL is read and written under.
 */
const STORY = storyAt(window.location.pathname, import.meta.env.BASE_URL, slugs);

/** The page's story ("" for the one at the site's base): `virtual:story` loads its data. */
export const STORY_SLUG = STORY.slug;
export const BASE = STORY.base;

/** The path and query of a view on this site. */
export function viewUrl(view: ViewState): string {
  return formatViewUrl(view, BASE);
}

export function readView(): ViewState {
  return parseViewUrl(window.location, BASE);
}

/** The quote the current URL's hash points at. */
export function currentQuoteNumber(): number | undefined {
  return quoteNumberFromHash(window.location.hash);
}

/** The full address of a view, to share or copy. */
export function absoluteViewUrl(view: ViewState, hash = ""): string {
  return new URL(viewUrl(view) + hash, window.location.href).href;
}

function currentUrl(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** A new history entry for the view (Back returns to the one before). */
export function pushView(view: ViewState): void {
  const url = viewUrl(view);
  if (url === currentUrl()) return;
  window.history.pushState(null, "", url);
}

/** Rewrites the current entry; a quote hash stays (the reader is still on that quote). */
export function replaceView(view: ViewState): void {
  const url = viewUrl(view) + window.location.hash;
  if (url === currentUrl()) return;
  window.history.replaceState(null, "", url);
}

/** Calls back with the new view when the reader goes Back or Forward. */
export function onHistoryChange(callback: (view: ViewState) => void): () => void {
  const listener = () => callback(readView());
  window.addEventListener("popstate", listener);
  return () => window.removeEventListener("popstate", listener);
}

/** Calls back when the hash changes (a quote link was followed). */
export function onQuoteHashChange(callback: (quote: number | undefined) => void): () => void {
  const listener = () => callback(currentQuoteNumber());
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}
