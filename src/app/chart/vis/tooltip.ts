import { itemTip } from "./label-fit.ts";
/**
 * The chart's tooltip: an item's title and date (a count's "3 events: choose to zoom in"), shown
 * while a mouse or pen is over it or it has keyboard focus, so a dot whose label does not fit
 * still names itself. Plain text; placed through custom properties (timeline.css), never style strings.
 */

const TARGET = ".vis-item[data-id], .vis-item.vis-cluster";

export interface Tooltip {
  hide: () => void;
  destroy: () => void;
}

export function attachTooltip(root: HTMLElement): Tooltip {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  root.append(tip);
  let shownFor: HTMLElement | undefined;

  const show = (item: HTMLElement) => {
    const text = itemTip(item);
    if (!text) return hide();
    shownFor = item;
    tip.textContent = text;
    const frame = root.getBoundingClientRect();
    const box = (item.querySelector(".vis-dot") ?? item).getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2 - frame.left, 0), frame.width);
    tip.style.setProperty("--tip-x", `${x}px`);
    tip.style.setProperty("--tip-y", `${box.bottom - frame.top}px`);
    tip.classList.toggle("is-right", x > frame.width / 2);
    tip.hidden = false;
  };
  const hide = () => {
    shownFor = undefined;
    tip.hidden = true;
  };
  const targetOf = (e: Event) =>
    e.target instanceof Element ? (e.target.closest<HTMLElement>(TARGET) ?? undefined) : undefined;
  const over = (e: Event) => {
    // A finger has no hover: its tap opens the event (a tip would only flash under it, and cost
    // the tap a layout before its pointerdown is handled).
    if (e instanceof PointerEvent && e.pointerType === "touch") return;
    const item = targetOf(e);
    if (item && item !== shownFor) show(item);
    else if (!item && e.type === "pointerover") hide();
  };
  const out = (e: Event) => {
    if (e.type === "focusout" || !targetOf(e)) hide();
  };
  const listeners: [string, (e: Event) => void][] = [
    ["pointerover", over],
    ["focusin", over],
    ["pointerleave", hide],
    ["focusout", out],
    ["keydown", (e) => (e as KeyboardEvent).key === "Escape" && hide()],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener);
  return {
    hide,
    destroy: () => {
      for (const [type, listener] of listeners) root.removeEventListener(type, listener);
      tip.remove();
    },
  };
}
