/** The nearest ancestor that clips and scrolls `el`; undefined when that is the page itself. */
export function scrollArea(el: HTMLElement): HTMLElement | undefined {
  for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
    const { overflowY } = getComputedStyle(up);
    if (overflowY === "auto" || overflowY === "scroll") return up;
  }
  return undefined;
}

/** The part of the screen where rows can be read: the scroll area below its sticky head. */
export function viewOf(area: HTMLElement | undefined): { top: number; bottom: number } {
  if (!area) return { top: 0, bottom: window.innerHeight };
  const box = area.getBoundingClientRect();
  const padding = parseFloat(getComputedStyle(area).scrollPaddingTop) || 0;
  return { top: Math.max(box.top + padding, 0), bottom: Math.min(box.bottom, window.innerHeight) };
}
