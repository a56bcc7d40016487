import type { Locator } from "@playwright/test";

/** The first row of the list any of which is in the list's view, below the list's sticky head. */
export interface FirstRowInView {
  /** Its title, and its row link's accessible name (the date first). */
  title: string | undefined;
  label: string | undefined;
  /** How many CSS pixels of it are above the view (0 when it is whole at the top; Infinity when no row is in view). */
  above: number;
  /** The title of the first row inside the chart's window. */
  firstInWindow: string | undefined;
}

/** `list` is the list of events; its scroll area is the list area (the scroll padding spans the head). */
export function firstRowInView(list: Locator): Promise<FirstRowInView> {
  return list.evaluate((el) => {
    const area = el.closest(".list-area")!;
    const top =
      area.getBoundingClientRect().top + (parseFloat(getComputedStyle(area).scrollPaddingTop) || 0);
    const rows = [...el.querySelectorAll(":scope > li")];
    const row = rows.find((li) => li.getBoundingClientRect().bottom > top + 1);
    const title = (li: Element | null | undefined) =>
      li?.querySelector(".row-title")?.textContent ?? undefined;
    return {
      title: title(row),
      label: row?.querySelector(".row-link")?.getAttribute("aria-label") ?? undefined,
      above: row ? top - row.getBoundingClientRect().top : Infinity,
      firstInWindow: title(el.querySelector(":scope > li[data-in-window]")),
    };
  });
}
