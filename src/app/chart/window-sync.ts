import type { TimeWindow } from "../../core/time-window.ts";
import { sameWindow } from "../../core/chart/window-math.ts";

/**
 * The rules for the chart's visible window. vis owns the window: this module only remembers what
 * our own last commands expect to hear back, so that every move the reader makes (a drag, the
 * wheel, a button, a key, a cluster opened) is reported once, through one function, and nothing
 * else is: not a link's window, not Back's, not a report vis sends late for a window since replaced.
 *
 * What vis-timeline 8.5.4 does, and these rules rely on:
 * - a still `setWindow` applies at once and sends `rangechanged` 200 ms later; another still change
 *   within those 200 ms replaces that report, an animated one does not;
 * - an animated move sends `rangechanged` at its end; any other `setWindow`, the wheel or a drag
 *   cuts it short, and then it sends nothing;
 * - the reader's drags and wheel send `rangechange` and `rangechanged` with `byUser`;
 * - a report carries the window of its moment, and a window that changes nothing sends nothing.
 * No vis and no React here: it is tested against a fake of vis (window-sync.test.ts).
 */

/** The part of vis the rules drive. */
export interface VisWindow {
  getWindow(): TimeWindow;
  setWindow(window: TimeWindow, animate: boolean): void;
}

export interface WindowSyncOptions {
  /** The one way out: a move the reader made, once it has ended. */
  report: (window: TimeWindow) => void;
  /** Every window vis settles on, reported or not (the chart reclusters for it). */
  settled?: (window: TimeWindow) => void;
}

/** A still change of ours whose late `rangechanged` is still to come. */
interface StillReport {
  window: TimeWindow;
  byReader: boolean;
}

/** An animated move of ours under way. */
interface Move {
  byReader: boolean;
  /** Where it ends, when we chose it (vis chooses it for a focus on an item). */
  heading: TimeWindow | undefined;
}

const same = (a: TimeWindow, b: TimeWindow) => sameWindow(a, b, 0);

export class WindowSync {
  private still: StillReport | undefined;
  private moving: Move | undefined;
  private readonly vis: VisWindow;
  private readonly options: WindowSyncOptions;

  constructor(vis: VisWindow, options: WindowSyncOptions) {
    this.vis = vis;
    this.options = options;
  }

  /** Where the window is, or where our move is heading: quick presses of + add up. */
  window(): TimeWindow {
    return this.moving?.heading ?? this.vis.getWindow();
  }

  /** A window from outside (the first one, a link, Back or Forward): shown at once, not reported. */
  show(window: TimeWindow): void {
    this.command(() => this.vis.setWindow(window, false), false, false);
  }

  /** A move on the reader's behalf (a button, a key): reported once it has ended. */
  move(window: TimeWindow, animate: boolean): void {
    if (same(window, this.vis.getWindow())) return;
    this.command(() => this.vis.setWindow(window, animate), animate, true, window);
  }

  /** A move on the reader's behalf that vis works out (`focus` on an item), made by `run`. */
  moveBy(run: () => void, animate: boolean): void {
    this.command(run, animate, true);
  }

  /**
   * Moves the window to `parked` while `run` runs (items added inside the window cost a layout
   * each), then back to where it was, or was heading. A move of the reader's under way is still
   * reported, where it was heading.
   */
  park(parked: TimeWindow, run: (back: TimeWindow) => void): void {
    const back = this.window();
    const byReader = this.moving ? this.moving.byReader : (this.still?.byReader ?? false);
    this.vis.setWindow(parked, false);
    run(back);
    this.moving = undefined;
    this.still = undefined;
    this.command(() => this.vis.setWindow(back, false), false, byReader);
  }

  /** vis's `rangechange`: the reader's drag or wheel takes the window from any move of ours. */
  rangechange(byUser: boolean): void {
    if (!byUser) return;
    this.moving = undefined;
    // The wheel replaces vis's pending report; a drag makes it stale. Either way it is not ours.
    this.still = undefined;
  }

  /** vis's `rangechanged`. */
  rangechanged(window: TimeWindow, byUser: boolean): void {
    const still = this.still && same(window, this.still.window) ? this.still : undefined;
    if (still) this.still = undefined;
    // A report for a window vis no longer shows came late: another move replaced it.
    if (!same(window, this.vis.getWindow())) return;
    this.options.settled?.(window);
    let byReader = byUser;
    if (!byUser && still) byReader = still.byReader;
    else if (!byUser && this.moving) byReader = this.moving.byReader;
    if (!still) this.moving = undefined;
    if (byReader) this.options.report(window);
  }

  private command(run: () => void, animate: boolean, byReader: boolean, heading?: TimeWindow) {
    const before = this.vis.getWindow();
    run();
    // Any setWindow ends vis's animation under way; an animated one starts its own.
    this.moving = animate ? { byReader, heading } : undefined;
    if (animate) return;
    const after = this.vis.getWindow();
    // A still change that changed nothing sends nothing, and leaves vis's pending report pending.
    if (!same(after, before)) this.still = { window: after, byReader };
  }
}
