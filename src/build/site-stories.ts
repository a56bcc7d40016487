import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { isId } from "../core/ids.ts";
import { RESERVED_SLUGS } from "../core/site-address.ts";
import { storyPath } from "./read-story.ts";

/**
 * The stories one build makes into a site: the default story (`TIMELINE_DATA`, else
 * data/events.json) and every `<slug>.json` in the stories folder (`STORIES_DIR`, else
 * data/stories/). The site's settings are in data/site.json (`SITE_CONFIG` names another file):
 *
 *   { "layout": "root" }                                  the default: the default story at the
 *                                                         site's root, the index at <base>stories/
 *   { "layout": "index", "defaultSlug": "ceasefire-talks" }  every story under its slug, the
 *                                                         index at the root
 *
 * Either may name the site on its index: { "title": "The Gazette's timelines" }.
 *
 * A file, not an environment variable, because it is the desk's decision about its site: kept with
 * its stories in version control and the same for `npm start`, `npm run build` and CI.
 */

export interface SiteStory {
  /** "" for the story at the site's base. */
  slug: string;
  file: string;
}

export interface SiteStories {
  layout: "root" | "index";
  /** The site's name, on its index. */
  title: string;
  /** The default story first, then the others by slug. */
  stories: SiteStory[];
}

/** The index's heading and page title, unless data/site.json names the site ("title"). */
export const DEFAULT_SITE_TITLE = "Timelines";

const title = z.string().trim().min(1).optional();
const siteConfigSchema = z.union([
  z.strictObject({ layout: z.literal("root").optional(), title }),
  z.strictObject({ layout: z.literal("index"), defaultSlug: z.string(), title }),
]);

export function storiesDir(): string {
  return process.env.STORIES_DIR ?? "data/stories";
}

export function siteConfigPath(): string {
  return process.env.SITE_CONFIG ?? "data/site.json";
}

function slugProblem(slug: string, file: string, what: string): string | undefined {
  if (!isId(slug)) {
    return `${file}: ${what} ${JSON.stringify(slug)} must be a lowercase slug such as "election-2026" (it is the story's address)`;
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return `${file}: ${what} "${slug}" is taken by the site (${RESERVED_SLUGS.join(", ")}); choose another`;
  }
  return undefined;
}

function readConfig(path: string): z.infer<typeof siteConfigSchema> | string {
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return `${path}: not JSON (${(e as Error).message})`;
  }
  const parsed = siteConfigSchema.safeParse(value);
  if (!parsed.success) {
    return `${path}: must be {"layout": "root"} or {"layout": "index", "defaultSlug": "<slug>"}, each with an optional "title"`;
  }
  return parsed.data;
}

/** The site's stories, or why they cannot be built (naming the file). */
export function siteStories(): SiteStories | string {
  const configPath = siteConfigPath();
  const config = readConfig(configPath);
  if (typeof config === "string") return config;
  const dir = storiesDir();
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
    : [];
  const others: SiteStory[] = [];
  for (const name of files) {
    const slug = basename(name, ".json");
    const file = join(dir, name);
    const problem = slugProblem(slug, file, "the file name");
    if (problem) return `${problem}; rename the file`;
    others.push({ slug, file });
  }
  const defaultSlug = config.layout === "index" ? config.defaultSlug : "";
  if (config.layout === "index") {
    const problem = slugProblem(defaultSlug, configPath, "defaultSlug");
    if (problem) return problem;
    if (others.some((s) => s.slug === defaultSlug)) {
      return `${configPath}: defaultSlug "${defaultSlug}" is also ${join(dir, `${defaultSlug}.json`)}; choose another`;
    }
  }
  return {
    layout: config.layout ?? "root",
    title: config.title ?? DEFAULT_SITE_TITLE,
    stories: [{ slug: defaultSlug, file: storyPath() }, ...others],
  };
}
