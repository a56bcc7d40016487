import { expect } from "@playwright/test";
import type { FrameLocator, Locator, Page } from "@playwright/test";

/**
 * The chart as the tests see it. vis-timeline's class names (`.vis-item`, `.vis-panel`,
 * `.vis-selected`, `.vis-cluster`, `.vis-group`, …) live in this file and nowhere else in e2e/:
 * an upgrade of vis that renames one is fixed here once.
 */

/** Class names vis gives an item, for `toHaveClass`. */
export const SELECTED = /vis-selected/;
export const POINT = /vis-point/;
export const RANGE = /vis-range/;

/** Selectors for code that runs in the page (`page.evaluate`), which cannot take a locator. */
export const IN_PAGE = {
  /** Any drawn event, in the page's one chart. */
  event: ".vis-timeline .vis-item[data-id]",
  /** The lane names' panel, which scrolls the lanes (vis's vertical scroller). */
  laneScroller: ".vis-left",
  /** Lane names and rows of items, in one order. */
  laneLabels: ".vis-labelset .vis-label",
  laneRows: ".vis-foreground .vis-group",
  /** Within a row: its events, and its counts naming theirs in `data-ids`. */
  rowEvent: ".vis-item[data-id]",
  rowCluster: ".vis-cluster[data-ids]",
  /** Within an item: the box holding its label, which may run past a short bar. */
  itemContent: ".vis-item-content",
} as const;

export class Chart {
  /** The focusable chart, by the name a screen reader announces. */
  readonly region: Locator;
  /** vis's own root. */
  readonly root: Locator;

  constructor(page: Page | FrameLocator) {
    this.region = page.getByRole("group", { name: /^Timeline, use \+ and - to zoom/ });
    this.root = page.locator(".vis-timeline");
  }

  /** Every drawn item: events, phases and counts. */
  anything(): Locator {
    return this.root.locator(".vis-item");
  }

  /** Every drawn event. */
  events(): Locator {
    return this.root.locator(".vis-item[data-id]");
  }

  /** Every drawn copy of an event (one per lane it is in). */
  copies(id: string): Locator {
    return this.root.locator(`.vis-item[data-id="${id}"]`);
  }

  /** Every drawn copy of any of these events. */
  copiesOf(ids: string[]): Locator {
    return this.root.locator(ids.map((id) => `.vis-item[data-id="${id}"]`).join(", "));
  }

  /** An event's main item: the copy in its first actor's lane. */
  item(id: string): Locator {
    return this.root.locator(`.vis-item[data-id="${id}"]:not(.is-also)`);
  }

  /** Every count on the chart. */
  clusters(): Locator {
    return this.root.locator(".vis-cluster");
  }

  /** The counts that hold any of these events. */
  clustersHolding(ids: string[]): Locator {
    return this.root.locator(ids.map((id) => `.vis-cluster[data-ids~="${id}"]`).join(", "));
  }

  /** Each event drawn as itself, or counted in a cluster that holds it. */
  drawn(id: string): Locator {
    return this.root.locator(`.vis-item[data-id="${id}"], .vis-cluster[data-ids~="${id}"]`);
  }

  /** Items in the lanes (not the dots vis draws beside points). */
  laneItems(): Locator {
    return this.root.locator(".vis-foreground .vis-item:not(.vis-dot)");
  }

  /** The part of the chart where items are drawn. */
  centre(): Locator {
    return this.root.locator(".vis-panel.vis-center");
  }

  /** The lanes' names, in order. */
  laneTitles(): Locator {
    return this.root.locator(".vis-labelset .lane-title");
  }

  /** A lane's name. */
  laneLabel(name: string): Locator {
    return this.root.locator(".vis-label", { hasText: name });
  }

  /**
   * Waits until the chart stops moving. An animated move takes 300 ms, and vis draws items a
   * quarter of the window beyond each edge, so an item can be drawn (visible to a test) before it
   * comes into view: measure positions once the move is over.
   */
  async settled(): Promise<void> {
    await expect
      .poll(() =>
        this.root.evaluate(async (root) => {
          const where = () =>
            [...root.querySelectorAll(".vis-item")]
              .map((item) => Math.round(item.getBoundingClientRect().x))
              .join(" ");
          const before = where();
          await new Promise((resolve) => setTimeout(resolve, 100));
          return where() === before;
        }),
      )
      .toBe(true);
  }

  /** A phase's name in the phases lane. */
  phaseLabel(name: string): Locator {
    return this.root.locator(".phase-label", { hasText: name });
  }
}

export function chart(page: Page | FrameLocator): Chart {
  return new Chart(page);
}
