import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { escapeHtml } from "../core/escape-html.ts";
import { isId } from "../core/ids.ts";
import { INDEX_SLUG, storyBase } from "../core/site-address.ts";
import { buildStoryModel } from "../core/story-model.ts";
import type { StoryModel } from "../core/story-model.ts";
import { writeEmbedPages } from "./embed-pages.ts";
import { writeFeeds } from "./feed-files.ts";
import { renderEventPage } from "./event-page.ts";
import { eventPath, renderNotFoundPage } from "./share-pages.ts";
import { renderStartPage } from "./start-page.ts";
import type { Site } from "./share-pages.ts";
import { withMediaPolicy } from "./media-policy.ts";
import { renderSiteIndex, renderSiteNotFound, storySummary } from "./site-index.ts";
import type { StorySummary } from "./site-index.ts";
import { siteOf } from "./site.ts";
import { storyDataId, storyDetailsId, storyPluginApi } from "./story-plugin.ts";
import type { StoryPluginApi } from "./story-plugin.ts";

/**
 * Every page the story gives a build, written into `dir` from the shell Vite built: a share page
 * per event (events/<id>/index.html), 404.html, the embed's pages, and the start page's chronology
 * in index.html, and the feeds (feed.xml, feed.json). All the build does with a story after validating it happens here.
 */
export function writeStoryPages(
  dir: string,
  shell: string,
  model: StoryModel,
  site: Site,
  /** The shell of an event's page (it preloads the story's details, which its panel draws). */
  eventShell = shell,
): void {
  for (const event of model.events) {
    // The schema allows only such ids; anything else must not become a path on disk.
    if (!isId(event.id)) continue;
    const page = join(dir, eventPath(event.id));
    mkdirSync(page, { recursive: true });
    const html = renderEventPage(eventShell, model, event, site);
    writeFileSync(join(page, "index.html"), html);
    // An earlier id keeps its page: the same event, whose canonical link is its id now.
    for (const alias of event.aliases ?? []) {
      if (!isId(alias)) continue;
      mkdirSync(join(dir, eventPath(alias)), { recursive: true });
      writeFileSync(join(dir, eventPath(alias), "index.html"), html);
    }
  }
  writeFileSync(join(dir, "404.html"), renderNotFoundPage(shell, model.story.title, site));
  writeEmbedPages(dir, shell, model, site, eventShell);
  writeFileSync(join(dir, "index.html"), renderStartPage(shell, model, site));
  writeFeeds(dir, model, site);
}

/** Where the index's shell is built (a second HTML entry in vite.config.ts); removed after use. */
export const INDEX_SHELL = "site-index.html";

/**
 * The faces the first screen is set in (src/app/fonts.css: headline, standfirst, titles and
 * summaries; italics and cyrillic come later, with quotes). The browser asks for a face only once
 * it lays out text in it, after the stylesheet; preloaded, it is there for the first paint, so no
 * swap repaints the headline and standfirst (on a slow phone that repaint was the page's LCP).
 */
export const FIRST_SCREEN_FONTS = /\/source-serif-4-latin-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * The shell with preloads of the story's data chunk and of the first screen's fonts: they load
 * beside the app, not after it.
 */
export function withPreload(
  shell: string,
  base: string,
  chunks: readonly (string | undefined)[],
  fonts: readonly string[],
): string {
  const links = [
    ...chunks.flatMap((chunk) =>
      chunk === undefined
        ? []
        : [`<link rel="modulepreload" crossorigin href="${escapeHtml(base + chunk)}">`],
    ),
    ...fonts.map(
      (font) =>
        `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(base + font)}">`,
    ),
  ];
  if (links.length === 0) return shell;
  return shell.replace("</head>", () => `${links.map((l) => `    ${l}\n`).join("")}  </head>`);
}

/**
 * After Vite has written index.html: for every story of the site (src/build/site-stories.ts), in
 * its own folder (<base><slug>/, the default story at the base), a share page per event
 * (events/<id>/index.html), the start page's chronology, 404.html and the embed's pages, all from
 * the built shell (see src/build/share-pages.ts, event-page.ts and start-page.ts); then the index
 * of stories. The stories come from the story plugin, which has read and validated each for this
 * build already.
 */
export function sharePagesPlugin(): Plugin {
  let base = "/";
  let story: StoryPluginApi | undefined;
  // Each story's data chunk, by slug, as this build named it.
  const chunks = new Map<string, string>();
  // Each story's details chunk (src/core/story-details.ts), likewise: an event's page preloads it.
  const detailChunks = new Map<string, string>();
  // The first screen's font files, as this build named them.
  const fonts: string[] = [];
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
    generateBundle(_options, bundle) {
      fonts.length = 0;
      for (const file of Object.values(bundle)) {
        if (file.type === "asset" && FIRST_SCREEN_FONTS.test(`/${file.fileName}`)) {
          fonts.push(file.fileName);
        }
        const id = file.type === "chunk" ? file.facadeModuleId : null;
        for (const { slug } of story?.site().stories ?? []) {
          if (storyDataId(slug) === id) chunks.set(slug, file.fileName);
          if (storyDetailsId(slug) === id) detailChunks.set(slug, file.fileName);
        }
      }
      fonts.sort();
    },
    writeBundle(options) {
      if (!story) this.error("the share pages need storyPlugin() in the same Vite config");
      const site = siteOf(base, process.env.SITE_URL);
      if (typeof site === "string") this.error(site);
      const dir = options.dir ?? "dist";
      const shell = readFileSync(join(dir, "index.html"), "utf8");
      const { layout, title, stories } = story.site();
      const summaries: StorySummary[] = [];
      for (const { slug } of stories) {
        const storySite: Site = { ...site, base: storyBase(site.base, slug) };
        const storyDir = join(dir, slug);
        const preloaded = withPreload(shell, site.base, [chunks.get(slug)], fonts);
        const result = story.storyOf(slug);
        const storyShell = result.ok ? withMediaPolicy(preloaded, result.story) : preloaded;
        const eventShell = withPreload(storyShell, site.base, [detailChunks.get(slug)], []);
        mkdirSync(storyDir, { recursive: true });
        if (!result.ok) {
          // Only a test build that skips validation gets here (the story plugin stops the others).
          this.warn("the story did not validate: no share pages written");
          writeFileSync(
            join(storyDir, "404.html"),
            renderNotFoundPage(storyShell, "the timeline", storySite),
          );
          continue;
        }
        const model = buildStoryModel(result.story);
        writeStoryPages(
          storyDir,
          storyShell,
          model,
          { ...storySite, media: { index: story.mediaOf(slug), base: site.base } },
          eventShell,
        );
        // Every further page of a story (its feeds…) is written here, into storyDir, for storySite.
        summaries.push(storySummary(model, storySite.base));
      }
      writeIndex(dir, layout, title, summaries, site);
      if (site.siteUrl === undefined) {
        this.warn(
          "feeds and calendar link relative to the site: set SITE_URL (such as https://example.org) for absolute links",
        );
      }
    },
  };
}

/** The index of stories (<base>stories/, or the root and its 404 in the "index" layout). */
function writeIndex(
  dir: string,
  layout: "root" | "index",
  title: string,
  summaries: readonly StorySummary[],
  site: Site,
): void {
  const shellPath = join(dir, INDEX_SHELL);
  // A test build of the share pages alone has no index shell.
  if (!existsSync(shellPath)) return;
  const shell = readFileSync(shellPath, "utf8");
  rmSync(shellPath);
  const path = layout === "index" ? "" : `${INDEX_SLUG}/`;
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(
    join(dir, path, "index.html"),
    renderSiteIndex(shell, summaries, site, path, title),
  );
  if (layout === "index") {
    writeFileSync(join(dir, "404.html"), renderSiteNotFound(shell, site, title));
  }
}
