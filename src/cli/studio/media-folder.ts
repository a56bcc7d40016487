import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { mediaDir } from "../../build/read-story.ts";

/**
 * The media folder as the studio knows it: the one `npm run validate` and the build read
 * (`MEDIA_DIR`, else data/media), so a local file the studio accepts is one the build finds.
 * The page is sent the list of its files, to say at once beside the field when one is missing.
 */

export interface MediaFolder {
  /** As editors know it, and as the validator names it in messages: "data/media". */
  dir: string;
  /** Every file in it, by its path there with "/": "2025/kyiv.jpg". */
  files: string[];
}

export function readMediaFolder(dir = mediaDir()): MediaFolder {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) return { dir, files: [] };
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => ({ entry, path: join(entry.parentPath, entry.name) }))
    // A link to a file counts, as it does for the build (which follows it).
    .filter(({ entry, path }) => entry.isFile() || (existsSync(path) && statSync(path).isFile()))
    .map(({ path }) => relative(root, path).split(sep).join("/"))
    .sort();
  return { dir, files };
}
