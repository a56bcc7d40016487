import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { fromSheet } from "./import/from-sheet.ts";
import { formatSummary } from "./import/summary.ts";
import { fail, readImportArgs } from "./import-args.ts";
import { refuseOverwrite, writeStory } from "./import/write-story.ts";

// `npm run import:sheet -- <sheet.csv> [--out story.json] [--force] [--language ru]`: a Google
// Sheet in TimelineJS's template, downloaded as CSV, converted into our story. As with
// import:timelinejs: the summary goes to stderr, the story to --out or stdout, never over an
// existing file without --force, and never when it fails validation.

const USAGE =
  "usage: npm run import:sheet -- <sheet.csv> [--out story.json] [--force] [--language en]";

const { file, out, force, language } = readImportArgs(USAGE);
const refused = refuseOverwrite({ out, force });
if (refused) fail(refused);
let csv = "";
try {
  csv = readFileSync(file, "utf8");
} catch (e) {
  fail(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
}
const result = fromSheet(csv, { name: basename(file, extname(file)), language });
if (!result.ok) {
  for (const n of result.notes) console.error(`  ${n.where}: ${n.message}`);
  fail(`${file}: cannot convert: ${result.problems.join("; ")}`);
}
console.error(formatSummary(result.counts, result.notes));
process.exitCode = await writeStory(result.story, { out, force });
