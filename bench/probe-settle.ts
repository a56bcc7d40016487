import type { Settled } from "./page-probe.ts";

/**
 * The probe's two ways of timing a step (installed after page-probe.ts's `installProbe`, whose
 * `window.__bench` they extend): `settle`, from an input to the end of the frame that painted the
 * last DOM change under a root once changes have stopped, and `watch`, from an input to the end of
 * the frame that first painted a state a check looks for.
 *
 * Everything inside `installSettle` runs in the page, so it may use only browser globals.
 */

export function installSettle(): void {
  const probe = window.__bench;
  const now = () => performance.now();

  probe.settle = (rootSelector, inputType, quietMs, timeoutMs) => {
    const root = document.querySelector(rootSelector) ?? document;
    const armedAt = now();
    const before = probe.lastInput[inputType];
    const start = () => {
      const t = probe.lastInput[inputType];
      return t !== undefined && t !== before ? t : null;
    };
    let inFrame = false;
    let changedThisFrame = false;
    let changedBetweenFrames = false;
    let changed = false;
    let lastChange: number | null = null;
    let lastPainted: number | null = null;
    let firstFramePainted: number | null = null;
    let quietFrames = 0;
    const paints: number[] = [];
    probe.settled = new Promise<Settled>((resolve) => {
      // A change before the input is not its doing (the input's listener above runs first). A
      // change made during rAF callbacks is painted by this frame; any other by the next one.
      const observer = new MutationObserver(() => {
        if (start() === null) return;
        changed = true;
        lastChange = now();
        quietFrames = 0;
        if (inFrame) changedThisFrame = true;
        else changedBetweenFrames = true;
      });
      observer.observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      const finish = (timedOut: boolean) => {
        observer.disconnect();
        const t0 = start();
        const end = changed ? lastPainted : firstFramePainted;
        resolve({
          ms: t0 === null || end === null ? null : Math.max(0, end - t0),
          changed,
          timedOut,
          paints: paints.slice(0, 40).map((p) => Math.round(p - (t0 ?? armedAt))),
        });
      };
      const frame = () => {
        inFrame = true;
        changedThisFrame = changedBetweenFrames;
        changedBetweenFrames = false;
        probe.afterFrame(() => {
          inFrame = false;
          const t = now();
          const t0 = start();
          if (changedThisFrame) {
            lastPainted = t;
            paints.push(t);
          } else if (t0 !== null) {
            quietFrames++;
          }
          if (t0 !== null && firstFramePainted === null) firstFramePainted = t;
          if (t - armedAt > timeoutMs) return finish(true);
          // Quiet means quiet since the input, however long the input took to arrive.
          const quietSince = lastChange ?? t0;
          if (quietSince !== null && quietFrames >= 3 && t - quietSince >= quietMs) {
            return finish(false);
          }
          requestAnimationFrame(frame);
        });
      };
      requestAnimationFrame(frame);
    });
  };

  probe.watch = (check, inputType, timeoutMs) => {
    const armedAt = now();
    const before = probe.lastInput[inputType];
    probe.settled = new Promise<Settled>((resolve) => {
      let done = false;
      let matched = false;
      const start = () => {
        const t = probe.lastInput[inputType];
        return t !== undefined && t !== before ? t : null;
      };
      const finish = (end: number | null) => {
        if (done) return;
        done = true;
        observer.disconnect();
        const t0 = start();
        resolve({
          ms: t0 === null || end === null ? null : Math.max(0, end - t0),
          changed: end !== null,
          timedOut: end === null,
        });
      };
      const test = () => {
        if (done || matched || start() === null) return;
        if (check()) {
          matched = true;
          observer.disconnect();
          requestAnimationFrame(() => probe.afterFrame(() => finish(now())));
        }
      };
      const observer = new MutationObserver(test);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      const frame = () => {
        if (done) return;
        if (now() - armedAt > timeoutMs) return finish(null);
        test();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  };
}
