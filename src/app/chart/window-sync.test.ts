import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TimeWindow } from "../../core/time-window.ts";
import { WindowSync } from "./window-sync.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1);

/** Days after 1 March 2025, as a window. */
function days(from: number, to: number): TimeWindow {
  return { start: new Date(T0 + from * DAY), end: new Date(T0 + to * DAY) };
}

const ms = (w: TimeWindow) => [w.start.getTime(), w.end.getTime()];

type Listener = (window: TimeWindow, byUser: boolean) => void;

/**
 * A fake of vis-timeline 8.5.4's range, timed as vis times it: a still setWindow applies at once
 * and sends `rangechanged` 200 ms later (a later still change replaces that report, an animated
 * one does not); an animated move takes 300 ms in 20 ms frames and reports at its end, unless
 * something else moves the window first; the reader's drags and wheel report with byUser.
 */
class FakeVis {
  private current: TimeWindow;
  private lateReport: ReturnType<typeof setTimeout> | undefined;
  private frame: ReturnType<typeof setTimeout> | undefined;
  private dragging = false;
  changing: Listener = () => undefined;
  changed: Listener = () => undefined;

  constructor(initial: TimeWindow) {
    this.current = initial;
  }

  getWindow(): TimeWindow {
    return { start: new Date(this.current.start), end: new Date(this.current.end) };
  }

  setWindow(to: TimeWindow, animate: boolean, byUser = false): void {
    clearTimeout(this.frame);
    if (!animate) {
      if (!this.apply(to)) return;
      this.changing(this.getWindow(), byUser);
      clearTimeout(this.lateReport);
      const report = this.getWindow();
      this.lateReport = setTimeout(() => this.changed(report, byUser), 200);
      return;
    }
    const from = this.getWindow();
    const began = Date.now();
    let anyChanged = false;
    const next = () => {
      if (this.dragging) return;
      const t = Math.min((Date.now() - began) / 300, 1);
      const at = (a: Date, b: Date) => new Date(Math.round(+a + (+b - +a) * t));
      const changed = this.apply({ start: at(from.start, to.start), end: at(from.end, to.end) });
      anyChanged ||= changed;
      if (changed) this.changing(this.getWindow(), false);
      if (t < 1) this.frame = setTimeout(next, 20);
      else if (anyChanged) this.changed(this.getWindow(), false);
    };
    next();
  }

  /** The reader drags the window to `to` over `duration` ms. */
  drag(to: TimeWindow, duration = 100): void {
    this.dragging = true;
    this.apply(to);
    this.changing(this.getWindow(), true);
    setTimeout(() => {
      this.dragging = false;
      this.changed(this.getWindow(), true);
    }, duration);
  }

  /** One turn of the reader's wheel. */
  wheel(to: TimeWindow): void {
    clearTimeout(this.frame);
    this.setWindow(to, false, true);
  }

  private apply(to: TimeWindow): boolean {
    const changed = +to.start !== +this.current.start || +to.end !== +this.current.end;
    this.current = { start: new Date(to.start), end: new Date(to.end) };
    return changed;
  }
}

function setUp(initial = days(0, 31)) {
  const vis = new FakeVis(initial);
  const reported: number[][] = [];
  const settled: number[][] = [];
  const sync = new WindowSync(vis, {
    report: (w) => reported.push(ms(w)),
    settled: (w) => settled.push(ms(w)),
  });
  vis.changing = (_, byUser) => sync.rangechange(byUser);
  vis.changed = (w, byUser) => sync.rangechanged(w, byUser);
  return { vis, sync, reported, settled };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("WindowSync", () => {
  it("never reports a window from outside (a link, Back), which vis reports 200 ms late", () => {
    const { vis, sync, reported, settled } = setUp();
    sync.show(days(4, 8));
    expect(ms(vis.getWindow())).toEqual(ms(days(4, 8)));
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([]);
    expect(settled).toEqual([ms(days(4, 8))]);
  });

  it("reports an animated move of ours once, at its end, with the window it ended at", () => {
    const { sync, reported } = setUp();
    sync.move(days(8, 16), true);
    vi.advanceTimersByTime(200);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(reported).toEqual([ms(days(8, 16))]);
    vi.advanceTimersByTime(1000);
    expect(reported).toHaveLength(1);
  });

  it("reports a still move of ours (reduced motion) when vis does, 200 ms later", () => {
    const { sync, reported } = setUp();
    sync.move(days(8, 16), false);
    vi.advanceTimersByTime(199);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reported).toEqual([ms(days(8, 16))]);
  });

  it("reports two quick still moves once, with the second window", () => {
    const { sync, reported } = setUp();
    sync.move(days(8, 16), false);
    vi.advanceTimersByTime(100);
    sync.move(days(10, 14), false);
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([ms(days(10, 14))]);
  });

  it("attributes a zoom pressed within 200 ms of a link's window to the zoom, not the link", () => {
    const { sync, reported, settled } = setUp();
    sync.show(days(4, 8));
    vi.advanceTimersByTime(150);
    // The zoom starts from the link's window, whose report vis has not sent yet.
    const from = sync.window();
    expect(ms(from)).toEqual(ms(days(4, 8)));
    sync.move(days(5, 7), true);
    // vis sends the link's report now, mid-zoom: it is late, and neither reported nor settled.
    vi.advanceTimersByTime(100);
    expect(reported).toEqual([]);
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(reported).toEqual([ms(days(5, 7))]);
    expect(settled).toEqual([ms(days(5, 7))]);
  });

  it("does not take the link's late report for the zoom when it comes before the zoom has moved", () => {
    const { sync, reported } = setUp();
    sync.show(days(4, 8));
    // The zoom starts 195 ms after the link, and vis reports the link before the zoom's first frame.
    vi.advanceTimersByTime(195);
    sync.move(days(5, 7), true);
    vi.advanceTimersByTime(10);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(reported).toEqual([ms(days(5, 7))]);
  });

  it("Back during a zoom not yet reported puts the window exactly where Back says, unreported", () => {
    const { vis, sync, reported, settled } = setUp();
    sync.move(days(8, 16), true);
    vi.advanceTimersByTime(100);
    // Half-way.
    expect(ms(vis.getWindow())).not.toEqual(ms(days(0, 31)));
    expect(ms(vis.getWindow())).not.toEqual(ms(days(8, 16)));
    sync.show(days(0, 31));
    vi.advanceTimersByTime(1000);
    expect(ms(vis.getWindow())).toEqual(ms(days(0, 31)));
    expect(reported).toEqual([]);
    expect(settled).toEqual([ms(days(0, 31))]);
  });

  it("ignores a late report for a window already replaced, so nothing reclusters for it", () => {
    const { vis, sync, settled } = setUp();
    sync.show(days(4, 8));
    vi.advanceTimersByTime(100);
    sync.move(days(2, 10), true);
    vi.advanceTimersByTime(100);
    // The link's report has come, for a window no longer shown.
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(settled).toEqual([ms(days(2, 10))]);
    expect(ms(vis.getWindow())).toEqual(ms(days(2, 10)));
  });

  it("while a move is under way, the window it is heading for is where the next one starts", () => {
    const { sync, reported } = setUp();
    sync.move(days(8, 16), true);
    vi.advanceTimersByTime(100);
    expect(ms(sync.window())).toEqual(ms(days(8, 16)));
    sync.move(days(10, 14), true);
    vi.advanceTimersByTime(1000);
    // The first move was cut short and sent nothing; the second is reported once.
    expect(reported).toEqual([ms(days(10, 14))]);
    expect(ms(sync.window())).toEqual(ms(days(10, 14)));
  });

  it("reports the reader's drag, which takes the window from a move of ours", () => {
    const { vis, sync, reported } = setUp();
    sync.move(days(8, 16), true);
    vi.advanceTimersByTime(100);
    vis.drag(days(20, 30));
    expect(ms(sync.window())).toEqual(ms(days(20, 30)));
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([ms(days(20, 30))]);
  });

  it("reports the reader's wheel, even within 200 ms of a link's window", () => {
    const { vis, sync, reported } = setUp();
    sync.show(days(4, 8));
    vi.advanceTimersByTime(100);
    vis.wheel(days(3, 9));
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([ms(days(3, 9))]);
  });

  it("reports a move that vis works out (a focus on an item) once it ends", () => {
    const { vis, sync, reported } = setUp();
    sync.moveBy(() => vis.setWindow(days(20, 25), true), true);
    expect(ms(sync.window())).toEqual(ms(days(0, 31)));
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([ms(days(20, 25))]);
  });

  it("reports a still move made of two steps (a cluster opened, then focused) once", () => {
    const { vis, sync, reported } = setUp();
    sync.moveBy(() => {
      vis.setWindow(days(10, 12), false);
      vis.setWindow(days(11, 13), false);
    }, false);
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([ms(days(11, 13))]);
  });

  it("does not move, or report, when asked for the window already shown", () => {
    const { sync, reported, settled } = setUp();
    sync.move(days(0, 31), true);
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([]);
    expect(settled).toEqual([]);
  });

  it("parking the window while items are added neither reports it nor loses a reader's move", () => {
    const { vis, sync, reported } = setUp();
    sync.park(days(400, 401), () => undefined);
    vi.advanceTimersByTime(1000);
    expect(reported).toEqual([]);
    expect(ms(vis.getWindow())).toEqual(ms(days(0, 31)));

    sync.move(days(8, 16), true);
    vi.advanceTimersByTime(100);
    sync.park(days(400, 401), () => undefined);
    vi.advanceTimersByTime(1000);
    // The zoom was cut short by the parking; it ends where it was heading, and is reported.
    expect(ms(vis.getWindow())).toEqual(ms(days(8, 16)));
    expect(reported).toEqual([ms(days(8, 16))]);
  });
});
