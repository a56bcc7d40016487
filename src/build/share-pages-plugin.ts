import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { buildStoryModel } from "../core/story-model.ts";
import { writeEmbedPages } from "./embed-pages.ts";
import { eventPath, renderEventPage, renderNotFoundPage, renderStartPage } from "./share-pages.ts";
import type { Site } from "./share-pages.ts";
import { storyPluginApi } from "./story-plugin.ts";
import type { StoryPluginApi } from "./story-plugin.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** SITE_URL and the base, checked: a bad value stops the build with a message saying what to set. */
function siteOf(base: string, siteUrl: string | undefined): Site | string {
  if (!base.startsWith("/") && !/^https?:\/\//.test(base)) {
    return `BASE_PATH must be an absolute path such as /timeline/ (got ${JSON.stringify(base)}): share pages live at events/<id>/ and load the app's files from the base`;
  }
  if (siteUrl === undefined || siteUrl === "") return { base, siteUrl: undefined };
  if (!URL.canParse(siteUrl) || !/^https?:$/.test(new URL(siteUrl).protocol)) {
    return `SITE_URL must be an absolute http(s) URL such as https://example.org (got ${JSON.stringify(siteUrl)})`;
  }
  return { base, siteUrl };
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
      const model = buildStoryModel(result.story);
      for (const event of model.events) {
        if (!SLUG.test(event.id)) continue;
        const page = join(dir, eventPath(event.id));
        mkdirSync(page, { recursive: true });
        writeFileSync(join(page, "index.html"), renderEventPage(shell, model, event, site));
      }
      writeFileSync(join(dir, "404.html"), renderNotFoundPage(shell, model.story.title, site));
      writeEmbedPages(dir, shell, model, site);
      writeFileSync(shellPath, renderStartPage(shell, model, site));
    },
  };
}
