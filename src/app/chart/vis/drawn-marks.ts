import { isDimmed } from "../../../core/chart/to-items.ts";
import { clusterOf } from "./clustering.ts";

/**
 * What vis draws but does not know about, applied to the elements it has drawn (after each redraw,
 * and when the selection or the matches change): items outside the search's or filters' matches
 * are dimmed; each cluster names the events it holds in `data-ids` (as items carry `data-id`), is
 * marked when it holds the selected event, and is dimmed when it holds no match.
 *
 * Dimming is a class on the drawn elements, never item data: updating the data of thousands of
 * items makes vis redraw each displayed one on the spot (a layout each) and cluster them all
 * again, which at 10,000 events blocked the page for seconds per keystroke. A class changes
 * colours only, so nothing moves and nothing needs measuring again.
 */
export interface DrawnState {
  selectedId: string | undefined;
  matchIds: ReadonlySet<string> | undefined;
  /** Events added or changed since the reader's last visit: marked "New" (timeline.css). */
  newIds: ReadonlySet<string>;
}

export function markDrawn(
  root: HTMLElement,
  { selectedId, matchIds, newIds }: DrawnState,
  /** An event's title and date, for the tints (vis draws a background item without its text). */
  titleOf: (eventId: string) => string | undefined = () => undefined,
): void {
  // vis gives background items (a month's or a year's tint) no data attributes: their class
  // names their event (tints.ts).
  for (const tint of root.querySelectorAll<HTMLElement>(".vis-item.is-tint:not([data-id])")) {
    const name = [...tint.classList].find((c) => c.startsWith("tint-of-"));
    if (!name) continue;
    const id = name.slice("tint-of-".length);
    tint.dataset.id = id;
    const text = document.createElement("span");
    text.className = "visually-hidden";
    text.textContent = titleOf(id) ?? "";
    tint.append(text);
  }
  // vis marks a background item selected only when it redraws it.
  for (const tint of root.querySelectorAll<HTMLElement>(".vis-item.is-tint[data-id]")) {
    tint.classList.toggle("vis-selected", tint.dataset.id === selectedId);
  }
  // Nothing new since the last visit (the usual case): only what still says so is looked at.
  markEach(root, "is-new", newIds.size === 0 ? undefined : (id) => newIds.has(id));
  for (const box of root.querySelectorAll<HTMLElement>(".vis-cluster")) {
    const ids = clusterIds(box);
    const names = ids.join(" ");
    // Rewriting an attribute with its own value still costs a style check: skip it.
    if (box.dataset.ids !== names) box.dataset.ids = names;
    box.classList.toggle("holds-selected", selectedId !== undefined && ids.includes(selectedId));
  }
  dimDrawn(root, matchIds);
}

/**
 * Sets `name` on each drawn item whose event `has` it and takes it off the others; with no
 * `has`, takes it off the items that carry it (a walk over those only: at "Show all" with
 * 10,000 events vis draws 2,841 items, and each redraw of a zoom or a wheel notch marks them).
 */
function markEach(root: HTMLElement, name: string, has: ((id: string) => boolean) | undefined) {
  if (!has) {
    for (const element of [...root.getElementsByClassName(name)]) element.classList.remove(name);
    return;
  }
  for (const element of root.querySelectorAll<HTMLElement>(".vis-item[data-id]")) {
    element.classList.toggle(name, has(element.dataset.id ?? ""));
  }
}

/** The events a count holds, worked out once per count (vis keeps a zoom step's counts). */
const heldIds = new WeakMap<object, { items: unknown; ids: string[] }>();

function clusterIds(box: HTMLElement): string[] {
  const cluster = clusterOf(box);
  const uiItems = cluster?.uiItems ?? [];
  const known = cluster && heldIds.get(cluster);
  if (known?.items === uiItems) return known.ids;
  const ids = uiItems.flatMap((item) => item.data ?? []).flatMap((item) => item.id ?? []);
  if (cluster) heldIds.set(cluster, { items: uiItems, ids });
  return ids;
}

/**
 * Only the dimming, for when only the matches changed (a keystroke in the search): nothing moves,
 * so nothing is measured again (label-fit.ts), and only the elements whose state changes are
 * touched (`toggle` with its state leaves an element's classes alone), each restyled once.
 */
export function dimDrawn(root: HTMLElement, matchIds: ReadonlySet<string> | undefined): void {
  markEach(root, "is-dimmed", matchIds && ((id) => isDimmed(id, matchIds)));
  for (const box of root.querySelectorAll<HTMLElement>(".vis-cluster")) {
    const ids = clusterIds(box);
    box.classList.toggle("all-dimmed", ids.length > 0 && ids.every((id) => isDimmed(id, matchIds)));
  }
}
