import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { MediaIndex } from "../core/media.ts";
import type { Story } from "../core/schema.ts";
import { splitStory } from "../core/story-details.ts";
import type { StoryDetails } from "../core/story-details.ts";
import { strictResult } from "../core/validate.ts";
import type { ValidationResult } from "../core/validate.ts";
import { hasLocalMedia, processMedia } from "./process-media.ts";
import { mediaDir, problemReport, readStory, strictFromEnv, warningReport } from "./read-story.ts";
import { siteStories } from "./site-stories.ts";
import type { SiteStories } from "./site-stories.ts";

/** What the app imports: the story of the page, chosen from its path when the app starts. */
const STORY = "virtual:story";
/** The site's story slugs, for src/app/address-bar.ts to find the page's story. */
const SLUGS = "virtual:story-slugs";
/** One story's data, its own chunk: `virtual:story-data/<slug>` ("" for the story at the base). */
const DATA = "virtual:story-data/";
/** Its details (src/core/story-details.ts), a chunk of their own that the app asks for once started. */
const DETAILS = "virtual:story-details/";
const NAME = "timeline-story";
const ADDRESS_BAR = fileURLToPath(new URL("../app/address-bar.ts", import.meta.url));

/** The module id a story's data is built from (its chunk's facade in the bundle). */
export function storyDataId(slug: string): string {
  return `\0${DATA}${slug}`;
}

/** The module id of a story's details, likewise. */
export function storyDetailsId(slug: string): string {
  return `\0${DETAILS}${slug}`;
}

/**
 * For the hostile-data tests only: `TIMELINE_UNSAFE_SKIP_VALIDATION=1` ships the default story
 * after a bare JSON.parse, so the tests can prove the app stays safe with data the validator would
 * refuse.
 */
const SKIP_VALIDATION = process.env.TIMELINE_UNSAFE_SKIP_VALIDATION === "1";

/** What the story plugin offers the build's other plugins (through Vite's plugin `api`). */
export interface StoryPluginApi {
  /** The default story as it was last read and validated; read now if nothing has read it yet. */
  story(): ValidationResult;
  /** Any story of the site by slug, likewise. */
  storyOf(slug: string): ValidationResult;
  /** The site's stories and layout (see site-stories.ts). */
  site(): SiteStories;
  /** What the build made of a story's local media (empty until its data module has loaded). */
  mediaOf(slug: string): MediaIndex;
}

/** The story plugin's api among a config's plugins; a plugin that needs the story asks here. */
export function storyPluginApi(plugins: readonly Plugin[]): StoryPluginApi | undefined {
  return (plugins.find((p) => p.name === NAME) as Plugin<StoryPluginApi> | undefined)?.api;
}

/**
 * Serves each validated story of the site as its own module, `virtual:story-data/<slug>`, so each
 * is its own chunk, and `virtual:story`, which imports the one story of the page the app runs on
 * (src/app/address-bar.ts says which, from the path): a reader of one story downloads no other.
 * The build (and the dev server) stop with the same messages as `npm run validate`, naming the
 * file, when a story has a problem, so bad data never ships. Each file is read and validated once
 * per build, when its module loads; the share pages get the same result through `storyPluginApi`.
 * The dev server loads a module again when its file changes, and so reads and validates it again.
 *
 * Warnings (an event with no source…) are printed and let through, unless `TIMELINE_STRICT=1`
 * (for a build that is published) makes them problems.
 */
export function storyPlugin(read: (path: string) => ValidationResult = readStory): Plugin {
  const found = siteStories();
  const site: SiteStories =
    typeof found === "string"
      ? { layout: "root", title: "", stories: [{ slug: "", file: "" }] }
      : found;
  const last = new Map<string, ValidationResult>();
  const fileOf = (slug: string) => {
    const entry = site.stories.find((s) => s.slug === slug);
    if (!entry) throw new Error(`no story "${slug}" in this site`);
    return resolve(entry.file);
  };
  const readNow = (slug: string) => {
    const result = read(fileOf(slug));
    const checked = strictFromEnv() ? strictResult(result) : result;
    last.set(slug, checked);
    return checked;
  };
  const defaultSlug = site.stories[0]?.slug ?? "";
  // Each story read is split once, for its data module and its details module alike.
  const splits = new WeakMap<Story, ReturnType<typeof splitStory>>();
  const splitOf = (story: Story) => {
    const split = splits.get(story) ?? splitStory(story);
    splits.set(story, split);
    return split;
  };
  const storyOf = (slug: string) => last.get(slug) ?? readNow(slug);
  const media = new Map<string, MediaIndex>();
  // The dev server serves processed media from memory; the build emits them into its output.
  const served = new Map<string, Buffer>();
  const emitted = new Set<string>();
  let serving = false;
  let base = "/";
  const api: StoryPluginApi = {
    story: () => storyOf(defaultSlug),
    storyOf,
    site: () => site,
    mediaOf: (slug) => media.get(slug) ?? {},
  };
  return {
    name: NAME,
    api,
    configResolved(config) {
      serving = config.command === "serve";
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        const file = path.startsWith(base) ? served.get(path.slice(base.length)) : undefined;
        if (!file) return next();
        res.end(file);
      });
    },
    buildStart() {
      emitted.clear();
      if (typeof found === "string") this.error(found);
      if (SKIP_VALIDATION) {
        const line = "!".repeat(78);
        console.warn(
          `\n${line}\n!! TIMELINE_UNSAFE_SKIP_VALIDATION=1: ${fileOf(defaultSlug)} is NOT validated.\n` +
            `!! For tests only; never publish this build.\n${line}\n`,
        );
      }
    },
    resolveId(source) {
      // The dev server may ask with a query ("?import"); the module is the same.
      const id = source.split("?")[0] ?? source;
      return id === STORY || id === SLUGS || id.startsWith(DATA) || id.startsWith(DETAILS)
        ? `\0${id}`
        : undefined;
    },
    load(query) {
      const id = query.split("?")[0] ?? query;
      if (id === `\0${SLUGS}`) {
        return `export default ${JSON.stringify(site.stories.map((s) => s.slug))};`;
      }
      if (id === `\0${STORY}`) return selectorModule(site);
      if (id.startsWith(`\0${DETAILS}`)) {
        // Loaded after the story's data module, which has just read and validated the file.
        const slug = id.slice(DETAILS.length + 1);
        this.addWatchFile(fileOf(slug));
        const result = SKIP_VALIDATION && slug === defaultSlug ? undefined : storyOf(slug);
        const details = result?.ok ? splitOf(result.story).details : NONE;
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(details))});`;
      }
      if (!id.startsWith(`\0${DATA}`)) return undefined;
      const slug = id.slice(DATA.length + 1);
      const path = fileOf(slug);
      this.addWatchFile(path);
      if (SKIP_VALIDATION && slug === defaultSlug) {
        const unchecked: unknown = JSON.parse(readFileSync(path, "utf8"));
        return [
          `export default JSON.parse(${JSON.stringify(JSON.stringify(unchecked))});`,
          `export const media = {};`,
          detailsExport(slug),
        ].join("\n");
      }
      const result = readNow(slug);
      if (!result.ok) {
        this.error(`The story file has problems:\n${problemReport(result)}`);
      }
      if (result.warnings.length > 0) {
        const n = result.warnings.length;
        this.warn(
          `The story file has ${n} warning${n === 1 ? "" : "s"} (TIMELINE_STRICT=1 refuses them):\n` +
            warningReport(result),
        );
      }
      const story = result.story;
      const { brief } = splitOf(story);
      // JSON.parse of a string literal is faster to start than the same object as JS source.
      const module = (index: MediaIndex) =>
        [
          `export default JSON.parse(${JSON.stringify(JSON.stringify(brief))});`,
          `export const media = JSON.parse(${JSON.stringify(JSON.stringify(index))});`,
          detailsExport(slug),
        ].join("\n");
      // Synchronous for a story without local media: nothing to wait for.
      if (!hasLocalMedia(story)) {
        media.set(slug, {});
        return module({});
      }
      return processMedia(story, mediaDir(), path).then((processed) => {
        if (typeof processed === "string") this.error(`A media file cannot be used:\n${processed}`);
        for (const { fileName, source } of processed.files) {
          if (serving) served.set(fileName, source);
          else if (!emitted.has(fileName)) {
            emitted.add(fileName);
            this.emitFile({ type: "asset", fileName, source });
          }
        }
        media.set(slug, processed.index);
        return module(processed.index);
      });
    },
  };
}

/** No details: the unvalidated test build ships its whole file as the brief. */
const NONE: StoryDetails = { events: [] };

/** The data module's loader of its details (a dynamic import: their own chunk). */
function detailsExport(slug: string): string {
  return `export const details = () => import(${JSON.stringify(DETAILS + slug)}).then((m) => m.default);`;
}

/** `virtual:story`: awaits the data of the page's story (a dynamic import: its own chunk). */
function selectorModule(site: SiteStories): string {
  const loaders = site.stories
    .map((s) => `  ${JSON.stringify(s.slug)}: () => import(${JSON.stringify(DATA + s.slug)}),`)
    .join("\n");
  return [
    `import { STORY_SLUG } from ${JSON.stringify(ADDRESS_BAR)};`,
    `const stories = {\n${loaders}\n};`,
    `const load = Object.hasOwn(stories, STORY_SLUG) ? stories[STORY_SLUG] : stories[${JSON.stringify(site.stories[0]?.slug ?? "")}];`,
    `const data = await load();`,
    `export default data.default;`,
    `export const media = data.media;`,
    `export const details = data.details;`,
  ].join("\n");
}
