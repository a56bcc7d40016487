import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MediaFiles } from "../../core/media-checks.ts";
import type { Problem } from "../../core/validate.ts";
import { validateStoryText } from "../../core/validate.ts";
import { writeInto } from "./json-edits.ts";

/**
 * The studio's one reader and writer of the story file. The browser never names a path: it can
 * only write the file the studio was started on, or that file's draft beside it. A save is
 * refused when the file changed on disk since the editor read it (`version` is a hash of its
 * text), and a story that does not validate is never written over the file.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface FileState {
  text: string;
  /** A hash of the text: the editor sends back the version it started from. */
  version: string;
}

export type SaveResult =
  | { kind: "saved"; file: FileState }
  | { kind: "conflict"; file: FileState }
  | { kind: "invalid"; problems: Problem[] };

export const versionOf = (text: string) => createHash("sha256").update(text).digest("hex");

export function readStoryFile(path: string): FileState {
  const text = readFileSync(path, "utf8");
  return { text, version: versionOf(text) };
}

/** `story.json` → `story.draft.json`, in the same folder. */
export function draftPath(path: string): string {
  return join(dirname(path), `${basename(path).replace(/\.json$/i, "")}.draft.json`);
}

/** The project's Prettier settings, as `npm run format` applies them to data/. */
async function formatJson(text: string): Promise<string> {
  const { format, resolveConfig } = await import("prettier");
  const config = await resolveConfig(resolve(ROOT, "data/events.json"));
  return format(text, { ...config, parser: "json" });
}

/** Written beside the target and renamed over it, so a reader never sees half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
}

/** The story as it would be written over `disk`: only what changed, then formatted. */
async function textFor(disk: FileState, story: unknown): Promise<string> {
  let before: unknown;
  try {
    before = JSON.parse(disk.text);
  } catch {
    // A file broken on disk is replaced as a whole: there is nothing to keep the layout of.
    return formatJson(JSON.stringify(story));
  }
  return formatJson(writeInto(disk.text, before, story));
}

/** `media`: the folder its local files must be in, checked as `npm run validate` checks them. */
export async function saveStory(
  path: string,
  base: string,
  story: unknown,
  media?: MediaFiles,
): Promise<SaveResult> {
  const disk = readStoryFile(path);
  if (disk.version !== base) return { kind: "conflict", file: disk };
  const text = await textFor(disk, story);
  const checked = validateStoryText(basename(path), text, media);
  if (!checked.ok) return { kind: "invalid", problems: checked.problems };
  if (text !== disk.text) writeAtomically(path, text);
  return { kind: "saved", file: { text, version: versionOf(text) } };
}

/** A story with problems, kept beside the good file and never over it. */
export async function saveDraft(path: string, story: unknown): Promise<string> {
  const draft = draftPath(path);
  writeAtomically(draft, await formatJson(JSON.stringify(story)));
  return draft;
}
