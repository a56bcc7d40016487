import type { Page } from "@playwright/test";
import { measured, missing } from "./metrics.ts";
import type { Figures } from "./metrics.ts";
import { STEP_TIMEOUT_MS, SETTLE_QUIET_MS, armSettle, settled } from "./settle.ts";
import { median } from "./stats.ts";

/**
 * Search settles sooner: results follow each keystroke, and the query reaches the URL 300 ms after
 * typing pauses, which is not part of a keystroke's cost. The next key goes in as soon as the
 * previous one settled (about six keys a second, a brisk typist).
 */
const SEARCH_QUIET_MS = 100;
/** A word every story has (the synthetic ones in titles such as "...a partial ceasefire"). */
export const SEARCH_WORD = "ceasefire";

/**
 * Types SEARCH_WORD one key at a time into the searchbox "Search events": keydown → the updated
 * page painted, per keystroke.
 */
export async function measureSearch(page: Page): Promise<Figures> {
  const box = page.getByRole("searchbox", { name: "Search events" });
  if ((await box.count()) === 0) {
    const reason = missing('no searchbox "Search events"');
    return { searchKeyMedian: reason, searchKeyWorst: reason };
  }
  await box.first().click();
  await box.first().fill("");
  await page.waitForTimeout(SETTLE_QUIET_MS + 100);
  const times: number[] = [];
  let unsettled = 0;
  for (const key of SEARCH_WORD) {
    await armSettle(page, "body", "keydown", SEARCH_QUIET_MS);
    await page.keyboard.press(key);
    const s = await settled(page);
    if (process.env.BENCH_DEBUG) console.log(`search key ${key}`, JSON.stringify(s));
    if (s.ms === null) continue;
    // A keystroke that changes nothing on the page still costs its next frame. One whose page was
    // still changing when the step's time ran out counts as at least that long.
    if (s.timedOut) unsettled++;
    times.push(s.timedOut ? Math.max(s.ms, STEP_TIMEOUT_MS) : s.ms);
  }
  await box.first().fill("");
  if (times.length === 0) {
    const reason = missing("no keystroke reached the page");
    return { searchKeyMedian: reason, searchKeyWorst: reason };
  }
  const note =
    unsettled > 0
      ? `${unsettled} keystroke(s) still changing the page after ${STEP_TIMEOUT_MS / 1000} s, counted as ${STEP_TIMEOUT_MS / 1000} s`
      : undefined;
  return {
    searchKeyMedian: measured(median(times), note),
    searchKeyWorst: measured(Math.max(...times), note),
  };
}
