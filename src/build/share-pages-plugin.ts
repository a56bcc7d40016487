import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { isId } from "../core/ids.ts";
import { buildStoryModel } from "../core/story-model.ts";
import type { StoryModel } from "../core/story-model.ts";
import { writeEmbedPages } from "./embed-pages.ts";
import { writeFeeds } from "./feed-files.ts";
import { eventPath, renderEventPage, renderNotFoundPage, renderStartPage } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";
import { siteOf } from "./site.ts";
import { storyPluginApi } from "./story-plugin.ts";
import type { StoryPluginApi } from "./story-plugin.ts";

/**
 * Every page the story gives a build, written into `dir` from the shell Vite built: a share page
 * per event (events/<id>/index.html), 404.html, the embed's pages, and the start page's chronology
 * in index.html, and the feeds (feed.xml, feed.json). All the build does with a story after validating it happens here.
 */
export function writeStoryPages(dir: string, shell: string, model: StoryModel, site: Site): void {
  for (const event of model.events) {
    // The schema allows only such ids; anything else must not become a path on disk.
    if (!isId(event.id)) continue;
    const page = join(dir, eventPath(event.id));
    mkdirSync(page, { recursive: true });
    writeFileSync(join(page, "index.html"), renderEventPage(shell, model, event, site));
  }
  writeFileSync(join(dir, "404.html"), renderNotFoundPage(shell, model.story.title, site));
  writeEmbedPages(dir, shell, model, site);
  writeFileSync(join(dir, "index.html"), renderStartPage(shell, model, site));
  writeFeeds(dir, model, site);
}

/**
 * After Vite has written index.html: writes a share page per event (events/<id>/index.html), the
 * start page's chronology and 404.html, all from the built shell (see src/build/share-pages.ts).
 * The story comes from the story plugin, which has read and validated it for this build already.
 */
export function sharePagesPlugin(): Plugin {
  let base = "/";
  let story: StoryPluginApi | undefined;
  return {
    name: "timeline-share-pages",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
      story = storyPluginApi(config.plugins);
    },
    buildStart() {
      // Before anything is built: a bad base or SITE_URL would be written into every page.
      const site = siteOf(base, process.env.SITE_URL);
      if (typeof site === "string") this.error(site);
    },
    writeBundle(options) {
      if (!story) this.error("the share pages need storyPlugin() in the same Vite config");
      const site = siteOf(base, process.env.SITE_URL);
      if (typeof site === "string") this.error(site);
      const dir = options.dir ?? "dist";
      const shellPath = join(dir, "index.html");
      const shell = readFileSync(shellPath, "utf8");
      const result = story.story();
      if (!result.ok) {
        // Only a test build that skips validation gets here (the story plugin stops the others).
        this.warn("the story did not validate: no share pages written");
        writeFileSync(join(dir, "404.html"), renderNotFoundPage(shell, "the timeline", site));
        return;
      }
      writeStoryPages(dir, shell, buildStoryModel(result.story), site);
      if (site.siteUrl === undefined) {
        this.warn(
          "no feeds written: set SITE_URL (such as https://example.org) for feed.xml and feed.json",
        );
      }
    },
  };
}
