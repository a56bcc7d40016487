import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { INDEX_SLUG, storyBase } from "../core/site-address.ts";
import { buildStoryModel } from "../core/story-model.ts";
import { readStory } from "./read-story.ts";
import { renderSiteIndex, storySummary } from "./site-index.ts";
import type { StorySummary } from "./site-index.ts";
import { storyPluginApi } from "./story-plugin.ts";
import type { StoryPluginApi } from "./story-plugin.ts";

/**
 * The dev server only: the index of stories at `<base>stories/` (or at `<base>` in the "index"
 * layout), rendered as the build renders it, from the story files as they are now. Every other
 * path under a story's folder is the app, which Vite serves for any page path.
 */
export function devSiteIndexPlugin(): Plugin {
  let base = "/";
  let root = process.cwd();
  let stories: StoryPluginApi | undefined;
  return {
    name: "timeline-dev-site-index",
    apply: "serve",
    configResolved(config) {
      base = config.base;
      root = config.root;
      stories = storyPluginApi(config.plugins);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.originalUrl ?? req.url ?? "/").split(/[?#]/)[0] ?? "/";
        const site = stories?.site();
        const at = site?.layout === "index" ? base : `${base}${INDEX_SLUG}/`;
        if (!site || (path !== at && path !== `${at}index.html`)) {
          next();
          return;
        }
        const summaries: StorySummary[] = [];
        for (const { slug, file } of site.stories) {
          // A story with problems is left out here; the app's page for it shows the problems.
          const result = readStory(file);
          if (result.ok)
            summaries.push(storySummary(buildStoryModel(result.story), storyBase(base, slug)));
        }
        const raw = readFileSync(resolve(root, "site-index.html"), "utf8");
        server
          .transformIndexHtml(path, raw)
          .then((shell) => {
            const page = renderSiteIndex(
              shell,
              summaries,
              { base, siteUrl: undefined },
              at.slice(base.length),
              site.title,
            );
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(page);
          })
          .catch(next);
      });
    },
  };
}
