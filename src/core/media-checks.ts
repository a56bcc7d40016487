import type { Found } from "./cross-references.ts";
import type { Path } from "./json-text.ts";

/** How validation finds a story's local media: the folder it names in messages, and a lookup. */
export interface MediaFiles {
  /** The folder as editors know it: "data/media". */
  dir: string;
  exists: (file: string) => boolean;
}

/** The folder as a list of its files (by path there, with "/"): the studio's page knows it so. */
export function listedMediaFiles(dir: string, files: readonly string[]): MediaFiles {
  const names = new Set(files);
  return { dir, exists: (name) => names.has(name) };
}

const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? x : {}) as Record<string, unknown>)
    : [];

/**
 * What the media schema cannot see alone: a remote image's host must be one the story lists in
 * `mediaHosts` (each host learns of every reader who sees its image), and, when the caller can look
 * (the build and `npm run validate`), every local file must be in the media folder.
 */
export function mediaProblems(story: Record<string, unknown>, files?: MediaFiles): Found[] {
  const found: Found[] = [];
  const hosts = new Set(
    Array.isArray(story.mediaHosts) ? story.mediaHosts.filter((h) => typeof h === "string") : [],
  );
  const check = (m: Record<string, unknown>, at: Path) => {
    if (m.kind === "image" && typeof m.url === "string" && URL.canParse(m.url)) {
      const host = new URL(m.url).hostname;
      if (!hosts.has(host)) {
        found.push([
          [...at, "url"],
          `image host "${host}" is not in the story's "mediaHosts"; add "${host}" there (readers' browsers will fetch the image from it) or use a local "file"`,
        ]);
      }
    }
    if (!files) return;
    for (const key of ["file", "poster", "captions"]) {
      const name = m[key];
      if (typeof name === "string" && !name.split("/").includes("..") && !files.exists(name)) {
        found.push([
          [...at, key],
          `"${name}" is not in ${files.dir}/ (looked for ${files.dir}/${name}); add the file there or correct the name`,
        ]);
      }
    }
  };
  if (story.leadImage !== null && typeof story.leadImage === "object") {
    check(story.leadImage as Record<string, unknown>, ["leadImage"]);
  }
  records(story.events).forEach((event, i) =>
    records(event.media).forEach((m, j) => check(m, ["events", i, "media", j])),
  );
  return found;
}
