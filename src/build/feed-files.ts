import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StoryModel } from "../core/story-model.ts";
import { FEED_FILES } from "./feed-links.ts";
import { renderCalendar } from "./calendar.ts";
import { renderFeeds } from "./feeds.ts";
import type { Site } from "./share-pages.ts";

/**
 * Writes one story's feeds into `dir`, its folder in the build: feed.xml (Atom), feed.json and
 * the calendar events.ics.
 */
export function writeFeeds(dir: string, model: StoryModel, site: Site): void {
  const feeds = renderFeeds(model, site);
  writeFileSync(join(dir, FEED_FILES.atom), feeds.atom);
  writeFileSync(join(dir, FEED_FILES.json), feeds.json);
  const calendar = renderCalendar(model, site);
  if (calendar !== undefined) writeFileSync(join(dir, FEED_FILES.calendar), calendar);
}
