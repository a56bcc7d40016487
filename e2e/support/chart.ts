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
/** A period drawn over its whole length: a band along its lane (vis-range) or a tint behind it. */
export const RANGE = /vis-range|vis-background/;

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
  /** A month's, a year's or an interval's tint: drawn behind the rows, so found by its height. */
  tint: ".vis-itemset > .vis-background .vis-item[data-id]",
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

  /** The events drawn as new since the reader's last visit (their main copies). */
  newEvents(): Locator {
    return this.root.locator(".vis-item.is-new[data-id]:not(.is-also)");
  }

  /** Every count on the chart. */
  clusters(): Locator {
    return this.root.locator(".vis-cluster");
  }

  /** The counts that hold any of these events. */
  clustersHolding(ids: string[]): Locator {
    return this.root.locator(ids.map((id) => `.vis-cluster[data-ids~="${id}"]`).join(", "));
  }

  /** The tints drawn (months, years, intervals), by event. */
  tints(): Locator {
    return this.root.locator(IN_PAGE.tint);
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

  /** The axis labels and phase names shown but running past the chart's edges (cut). */
  async cutEdgeLabels(): Promise<string[]> {
    return this.root.evaluate((root) => {
      const panel = root.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
      if (!panel) return ["no chart panel"];
      const texts = ".vis-time-axis .vis-text, .vis-item.phase-label .vis-item-content";
      // An axis label's words: its element spans its step (a month's label, the month). A
      // phase's name as drawn: its words include a visually hidden date.
      const words = document.createRange();
      return [...root.querySelectorAll<HTMLElement>(texts)]
        .filter((text) => {
          words.selectNodeContents(text);
          const onAxis = text.classList.contains("vis-text");
          const box = (onAxis ? words : text).getBoundingClientRect();
          if (box.width === 0 || !text.checkVisibility({ visibilityProperty: true })) return false;
          return box.left < panel.left - 0.5 || box.right > panel.right + 0.5;
        })
        .map((text) => text.textContent ?? "");
    });
  }

  /** The time axis's labels a reader sees (drawn, not hidden as cut), minor ones first. */
  async shownAxisLabels(): Promise<{ minor: string[]; major: string[] }> {
    return this.root.evaluate((root) => {
      const shown = (kind: string) =>
        [...root.querySelectorAll<HTMLElement>(`.vis-time-axis .vis-text.vis-${kind}`)]
          .filter((t) => !t.classList.contains("vis-measure"))
          .filter((t) => t.checkVisibility({ visibilityProperty: true }))
          .map((t) => t.textContent ?? "")
          .filter((t) => t.trim() !== "");
      return { minor: shown("minor"), major: shown("major") };
    });
  }

  /** The time axis's labels, as one string. */
  async axisText(): Promise<string> {
    return (await this.root.locator(".vis-time-axis .vis-text").allInnerTexts()).join(" ");
  }

  /**
   * Each lane whose name and row of items are not level with each other, or which is not wholly
   * inside the chart (a lane behind an inner scroll): empty when every lane is in view beside its
   * name.
   */
  misalignedLanes(): Promise<string[]> {
    return this.root.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      const labels = [...root.querySelectorAll(".vis-labelset .vis-label")];
      const rows = [...root.querySelectorAll(".vis-foreground .vis-group")];
      const problems: string[] = [];
      if (labels.length !== rows.length)
        problems.push(`${labels.length} names, ${rows.length} rows`);
      labels.forEach((label, i) => {
        const row = rows[i];
        if (!row) return;
        const [a, b] = [label.getBoundingClientRect(), row.getBoundingClientRect()];
        const name = label.textContent ?? String(i);
        if (Math.abs(a.top - b.top) > 1 || Math.abs(a.height - b.height) > 1)
          problems.push(`${name}: name at ${a.top}+${a.height}, row at ${b.top}+${b.height}`);
        if (b.top < frame.top - 1 || b.bottom > frame.bottom + 1)
          problems.push(
            `${name}: out of view (${b.top}–${b.bottom} in ${frame.top}–${frame.bottom})`,
          );
      });
      return problems;
    });
  }

  /**
   * Every event label drawn on the chart (not hidden), with what is wrong with it: cut short (an
   * ellipsis, or a text other than the whole title), clipped by the chart's edge or by its own box,
   * or running into the next mark of its row.
   */
  drawnLabels(): Promise<{ id: string; text: string; problems: string[] }[]> {
    return this.root.evaluate((root) => {
      const centre = root.querySelector(".vis-panel.vis-center")!.getBoundingClientRect();
      const out: { id: string; text: string; problems: string[] }[] = [];
      for (const item of root.querySelectorAll<HTMLElement>(".vis-item[data-id]")) {
        for (const text of item.querySelectorAll<HTMLElement>(".item-title")) {
          const style = getComputedStyle(text);
          const box = text.getBoundingClientRect();
          if (style.visibility === "hidden" || box.width === 0 || !text.checkVisibility()) continue;
          const label = text.textContent ?? "";
          const problems: string[] = [];
          if (label.trim().endsWith("…")) problems.push("ends in …");
          if (text.scrollWidth > text.clientWidth + 1) problems.push("clipped by its box");
          if (box.left < centre.left - 1 || box.right > centre.right + 1)
            problems.push("clipped by the chart's edge");
          // Another mark of the same row that the label runs into.
          const row = item.parentElement!;
          for (const other of row.querySelectorAll<HTMLElement>(":scope > .vis-item")) {
            if (
              other === item ||
              (other.classList.contains("vis-range") && !other.classList.contains("vis-cluster"))
            )
              continue;
            const mark = (other.querySelector(".vis-dot") ?? other).getBoundingClientRect();
            const sameRow = mark.top < box.bottom && mark.bottom > box.top;
            if (sameRow && mark.left < box.right && mark.right > box.left)
              problems.push(`runs into ${other.dataset.id ?? other.textContent}`);
          }
          out.push({ id: item.dataset.id ?? "", text: label, problems });
        }
      }
      return out;
    });
  }

  /** The height of the lane that draws an event's main item, and of its lane's name. */
  laneHeightOf(id: string): Promise<{ row: number; name: number }> {
    return this.root.evaluate((root, id) => {
      const item = root.querySelector(`.vis-item[data-id="${id}"]:not(.is-also)`)!;
      const lane = item.closest(".vis-group")!.getBoundingClientRect();
      // The lane's name is the one level with it (a tint is drawn in the lanes' background layer).
      const label = [...root.querySelectorAll(".vis-labelset .vis-label")]
        .map((l) => l.getBoundingClientRect())
        .find((r) => Math.abs(r.top - lane.top) <= 1);
      const inner = label ? label.height : 0;
      return { row: lane.height, name: inner };
    }, id);
  }

  /** The event drawn, as itself or in a count, within the chart's visible part. */
  async inView(id: string): Promise<boolean> {
    const area = await this.centre().boundingBox();
    const boxes = await this.drawn(id).evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .map((r) => ({ left: r.left, right: r.right })),
    );
    if (!area) return false;
    return boxes.some((b) => b.right > area.x && b.left < area.x + area.width);
  }

  /** The event drawn as itself (not inside a count), wholly within the chart's visible part. */
  async shownAlone(id: string): Promise<boolean> {
    const area = await this.centre().boundingBox();
    const boxes = await this.copies(id).evaluateAll((items) =>
      items
        .filter((item) => (item as HTMLElement).checkVisibility())
        .map((item) => {
          const r = (item.querySelector(".vis-dot") ?? item).getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
    );
    if (!area) return false;
    return boxes.some((b) => b.right > area.x && b.left < area.x + area.width);
  }

  /** A phase's name in the phases lane. */
  phaseLabel(name: string): Locator {
    return this.root.locator(".phase-label", { hasText: name });
  }
}

export function chart(page: Page | FrameLocator): Chart {
  return new Chart(page);
}

/** A drawn mark's box on the page, with what names it (an event's id, a count's ids). */
export interface MarkBox {
  key: string;
  also: boolean;
  box: [number, number, number, number];
}

/**
 * The marks vis has drawn, each by the box that says where its date is: a day's or a time's dot,
 * a count's bubble, a period's tint (e2e/first-view.spec.ts compares them with the first view).
 */
export function liveMarks(page: Page): Promise<MarkBox[]> {
  return page.evaluate(() => {
    const marks = [
      ...document.querySelectorAll<HTMLElement>(
        ".vis-foreground .vis-item[data-id], .vis-foreground .vis-cluster[data-ids], .vis-itemset > .vis-background .vis-item[data-id]",
      ),
    ];
    return marks.map((e) => {
      const r = (e.querySelector(".vis-dot") ?? e).getBoundingClientRect();
      return {
        key: e.dataset.id ?? e.dataset.ids ?? "",
        also: e.classList.contains("is-also"),
        box: [r.left, r.top, r.width, r.height] as [number, number, number, number],
      };
    });
  });
}
