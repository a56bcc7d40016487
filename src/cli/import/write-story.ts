import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem, formatWarning, validateStoryText } from "../../core/validate.ts";

/**
 * The last step of every import: the story formatted as the project formats JSON, validated, and
 * written to `--out` (never over an existing file without `--force`) or to stdout. A story that
 * fails validation is never written; its warnings (events without a source…) are counted, with the
 * command that lists them (printed in full only with stdout, where no file has lines yet).
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const SCHEMA = resolve(ROOT, "data/events.schema.json");

export interface WriteOptions {
  out?: string;
  force: boolean;
}

/** `$schema` as a path from the output's folder, so editors find the schema wherever it is. */
function schemaPathFrom(folder: string): string {
  const rel = relative(folder, SCHEMA).split(sep).join("/");
  return rel.startsWith("../") ? rel : `./${rel}`;
}

/** A message for an existing --out without --force, or undefined when the path may be written. */
export function refuseOverwrite({ out, force }: WriteOptions): string | undefined {
  if (!out || force || !existsSync(out)) return undefined;
  return `${out} already exists; nothing was written. Choose another --out, or add --force to replace it.`;
}

/** The story as the project's Prettier writes JSON, with `$schema` first. */
export async function storyJson(story: object, out: string | undefined): Promise<string> {
  const folder = out ? dirname(resolve(out)) : process.cwd();
  const { format, resolveConfig } = await import("prettier");
  const config = await resolveConfig(resolve(ROOT, "data/events.json"));
  return format(JSON.stringify({ $schema: schemaPathFrom(folder), ...story }), {
    ...config,
    parser: "json",
  });
}

/** Validates and writes; returns the exit code. */
export async function writeStory(story: object, options: WriteOptions): Promise<number> {
  const { out } = options;
  const refused = refuseOverwrite(options);
  if (refused) {
    console.error(refused);
    return 1;
  }
  const json = await storyJson(story, out);
  const checked = validateStoryText(out ?? "(output)", json);
  if (!checked.ok) {
    console.error(checked.problems.map(formatProblem).join("\n"));
    console.error(`\nThe converted story does not pass validation, so it was not written.`);
    return 1;
  }
  if (!out) {
    if (checked.warnings.length > 0)
      console.error(`\n${checked.warnings.map(formatWarning).join("\n")}`);
    process.stdout.write(json);
    return 0;
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, json);
  const open =
    resolve(out) === resolve(ROOT, "data/events.json")
      ? "npm start"
      : `TIMELINE_DATA=${out} npm start`;
  console.error(`\nWrote ${out}. Open it with: ${open}`);
  // The summary above already lists them by kind; the validator gives each one's line.
  const n = checked.warnings.length;
  if (n > 0) {
    console.error(
      `It has ${n} warning${n === 1 ? "" : "s"} to fix before publishing; ` +
        `each with its line: npm run validate -- ${out} --strict`,
    );
  }
  return 0;
}
