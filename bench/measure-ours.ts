import type { Page } from "@playwright/test";
import { STEPS } from "./config.ts";
import type { Step } from "./config.ts";
import { measureDrag, measurePan, measureWheelBurst, measureZoom } from "./measure-chart.ts";
import { measurePanel } from "./measure-panel.ts";
import { measureSearch } from "./measure-search.ts";
import type { Figures } from "./metrics.ts";
import { waitForIdle } from "./settle.ts";

/**
 * Our app's interactions, found through its contracts (ours-selectors.ts): the panel's
 * (measure-panel.ts), the chart's zoom, pan, drag and wheel (measure-chart.ts) and the search's
 * (measure-search.ts). A step's time runs from the input event to the end of the frame that
 * painted the last DOM change it caused (settle.ts).
 */

/** Each step in the order of a run; each starts from a settled, idle page. */
const MEASURES: Record<Step, (page: Page, titleOf: TitleOf) => Promise<Figures>> = {
  panel: (page, titleOf) => measurePanel(page, titleOf),
  zoom: measureZoom,
  pan: measurePan,
  drag: measureDrag,
  wheel: async (page) => ({ wheelWorstFrame: await measureWheelBurst(page) }),
  search: measureSearch,
};

type TitleOf = (eventId: string) => string | undefined;

/** Every interaction (or those BENCH_STEPS names), one after another. */
export async function measureInteractions(page: Page, titleOf: TitleOf): Promise<Figures> {
  const figures: Figures = {};
  for (const [step, measure] of Object.entries(MEASURES)) {
    if (!STEPS.includes(step as Step)) continue;
    await waitForIdle(page);
    Object.assign(figures, await measure(page, titleOf));
  }
  return figures;
}
