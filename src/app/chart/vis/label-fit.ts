import { fittingLabels } from "../../../core/chart/overview-rules.ts";
import type { LaneMark } from "../../../core/chart/overview-rules.ts";

/**
 * Measures what vis has drawn and applies the overview's rules to it (overview-rules.ts): a label
 * is drawn only where it fits whole (else the item is marked `label-hidden` and shows its dot);
 * each event's main item and each count is a button in the tab order while it is in view, named
 * by its title and date; the copies in other actors' lanes are markers, hidden from assistive
 * technology (the main item and the list name the event).
 *
 * An axis label or a phase's name that the chart's edge would cut is hidden (`is-cut`): vis
 * draws them again on every redraw, and this pass follows each.
 *
 * All measuring is done before any writing, so a pass costs one layout, not one per item.
 */

/** Events and counts; not the phases' names, which are always drawn whole in their lane. */
const EVENT_OR_COUNT = ":scope > .vis-item[data-id], :scope > .vis-item.vis-cluster";

function markOf(element: HTMLElement, origin: number): LaneMark | undefined {
  const dot = element.querySelector<HTMLElement>(".vis-dot");
  const box = (dot ?? element).getBoundingClientRect();
  if (box.width === 0) return undefined;
  const text = element.classList.contains("is-also")
    ? null
    : element.querySelector<HTMLElement>(".vis-point .item-text");
  const label = text?.getBoundingClientRect();
  return {
    key: element.dataset.id ?? element.dataset.ids ?? "",
    row: element.offsetTop,
    left: box.left - origin,
    right: box.right - origin,
    ...(label && label.width > 0
      ? { label: { left: label.left - origin, width: label.width } }
      : {}),
  };
}

export function fitLabels(root: HTMLElement): void {
  const panel = root.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
  if (!panel) return;
  const writes: (() => void)[] = [];
  // On a phone the dots are too small to be targets of their own: the list below is the way in.
  const named = root.closest(".is-compact") === null;
  for (const lane of root.querySelectorAll<HTMLElement>(".vis-foreground .vis-group")) {
    const elements = [...lane.querySelectorAll<HTMLElement>(EVENT_OR_COUNT)].filter(
      (e) => !e.classList.contains("vis-range") || e.classList.contains("vis-cluster"),
    );
    const marks = new Map<HTMLElement, LaneMark>();
    for (const element of elements) {
      const mark = markOf(element, panel.left);
      if (mark) marks.set(element, mark);
    }
    const fits = fittingLabels([...marks.values()], panel.width);
    for (const element of lane.querySelectorAll<HTMLElement>(EVENT_OR_COUNT)) {
      const mark = marks.get(element);
      const box = element.getBoundingClientRect();
      const inView = box.right > panel.left && box.left < panel.right;
      writes.push(() => {
        if (element.classList.contains("vis-point")) {
          element.classList.toggle("label-hidden", !mark?.label || !fits.has(mark.key));
        }
        nameItem(element, inView && named, named);
      });
    }
  }
  // An axis label or a phase's name that the chart's edge would cut ("202" of 2025, "Tr" of a
  // phase at "Show all") is not drawn either.
  const edgeTexts = ".vis-time-axis .vis-text, .vis-item.phase-label .vis-item-content";
  // An axis label's words, not its element: vis makes a minor label as wide as its step ("Mar"
  // spans all of March), and the element's box would call the label cut when only March's end is
  // out of view. A phase's name is measured as drawn (its words include a visually hidden date).
  const words = document.createRange();
  const axisWords = (text: HTMLElement) => {
    words.selectNodeContents(text);
    return words.getBoundingClientRect();
  };
  for (const text of root.querySelectorAll<HTMLElement>(edgeTexts)) {
    const onAxis = text.classList.contains("vis-text");
    const box = onAxis ? axisWords(text) : text.getBoundingClientRect();
    const cut = box.width > 0 && (box.left < panel.left - 0.5 || box.right > panel.right + 0.5);
    writes.push(() => text.classList.toggle("is-cut", cut));
  }
  for (const write of writes) write();
}

/**
 * What an item says of itself on hover, on focus and to a screen reader: its title and date, and
 * whether it is new since the reader's last visit or updated (drawn-marks.ts, to-items.ts).
 */
export function itemTip(element: HTMLElement): string | undefined {
  const tip = element.querySelector<HTMLElement>("[data-tip]")?.dataset.tip;
  if (!tip) return tip;
  const marks = [
    element.classList.contains("is-new") ? "New since your last visit" : "",
    element.classList.contains("is-updated") ? "Updated" : "",
  ].filter(Boolean);
  return marks.length > 0 ? `${tip}. ${marks.join(". ")}` : tip;
}

/** The item's role, name and place in the tab order. */
function nameItem(element: HTMLElement, inView: boolean, targets: boolean): void {
  const also = element.classList.contains("is-also");
  const tip = itemTip(element);
  const named = targets && !also && tip !== undefined;
  setAttr(element, "role", named ? "button" : undefined);
  setAttr(element, "aria-label", named ? tip : undefined);
  setAttr(element, "tabindex", named ? (inView ? "0" : "-1") : undefined);
  setAttr(element, "aria-hidden", also ? "true" : undefined);
}

function setAttr(element: HTMLElement, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
