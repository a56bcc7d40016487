import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { problemReport, readStory } from "../build/read-story.ts";
import { fail, readImportArgs } from "./import-args.ts";
import { toSheet } from "./import/to-sheet.ts";
import { refuseOverwrite } from "./import/write-story.ts";

// `npm run export:sheet -- <story.json> [--out sheet.csv] [--force]`: a story as a CSV in
// TimelineJS's sheet template (plus Id, Tags, Place, Source… columns), to import into Google
// Sheets; `npm run import:sheet` brings it back. What the sheet cannot hold is listed on stderr.

const USAGE = "usage: npm run export:sheet -- <story.json> [--out sheet.csv] [--force]";

const { file, out, force } = readImportArgs(USAGE, { language: false });
const refused = refuseOverwrite({ out, force });
if (refused) fail(refused);
const read = readStory(file);
if (!read.ok) fail(`${problemReport(read)}\n${file}: fix these problems before exporting.`);
const { csv, lost } = toSheet(read.story);
if (lost.length > 0) {
  console.error(`Not held by the sheet (${lost.length}):\n${lost.map((l) => `  ${l}`).join("\n")}`);
}
if (out) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, csv);
  console.error(`Wrote ${read.story.events.length} events to ${out}.`);
} else {
  process.stdout.write(csv);
}
