import type { Source } from "../../core/schema.ts";
import { keepPlain } from "./html-to-text.ts";
import { claimUnique, slugify } from "../../core/slug.ts";

/**
 * The sources of an imported story, one per URL: the first time a URL is seen names it (its link
 * text as title, its host as publisher); later links to the same page reuse its id.
 */

const MAX_SOURCE_ID = 80;

export function isHttpUrl(s: string): boolean {
  return URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** "https://www.reuters.com/world/europe/talks-open/" → "reuters.com". */
export function publisherOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** "https://www.reuters.com/world/talks-open/" → "reuters-com-world-talks-open". */
export function sourceIdBase(url: string): string {
  const u = new URL(url);
  return slugify(`${publisherOf(url)} ${decodePath(u.pathname)}`, MAX_SOURCE_ID) || "source";
}

export interface SourceRegistry {
  /** The id of the source at `url`, added if new; undefined when `url` is not http(s). */
  add(url: string, title?: string, publisher?: string, language?: string): string | undefined;
  all(): Record<string, Source>;
}

export function createSourceRegistry(storyLanguage: string): SourceRegistry {
  const byUrl = new Map<string, string>();
  const taken = new Set<string>();
  const sources: Record<string, Source> = {};
  return {
    add(raw, title, publisher, language = storyLanguage) {
      const url = raw.trim();
      if (!isHttpUrl(url)) return undefined;
      const parsed = new URL(url);
      parsed.hash = "";
      const key = parsed.href;
      const known = byUrl.get(key);
      if (known) return known;
      const id = claimUnique(sourceIdBase(url), taken);
      byUrl.set(key, id);
      sources[id] = {
        title: keepPlain(title?.trim() || url).text,
        publisher: keepPlain(publisher?.trim() || publisherOf(url)).text,
        url,
        language,
      };
      return id;
    },
    all: () => sources,
  };
}
