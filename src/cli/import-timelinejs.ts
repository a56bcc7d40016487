import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { fromTimelineJs } from "./import/from-timelinejs.ts";
import { formatSummary } from "./import/summary.ts";
import { fail, readImportArgs } from "./import-args.ts";
import { refuseOverwrite, writeStory } from "./import/write-story.ts";

// `npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--force] [--language ru]`:
// converts a TimelineJS3 story into ours. The story goes to --out (or stdout), the summary of what
// was converted and what needs an editor to stderr. An output that fails validation is never
// written, and an existing --out is replaced only with --force.

const USAGE =
  "usage: npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--force] [--language en]";

const { file, out, force, language } = readImportArgs(USAGE);
// Refused before any work, so the producer is not shown a summary of a story that is not written.
const refused = refuseOverwrite({ out, force });
if (refused) fail(refused);
let input: unknown;
try {
  input = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (!err.code && /^\uFEFF?"?year"?,/i.test(readFileSync(file, "utf8"))) {
    fail(`${file}: this is a sheet (CSV), not TimelineJS JSON: npm run import:sheet -- ${file}`);
  }
  fail(`${file}: ${err.code ? `cannot read the file (${err.code})` : `not JSON: ${err.message}`}`);
}

const result = fromTimelineJs(input, { name: basename(file, extname(file)), language });
if (!result.ok) {
  for (const n of result.notes) console.error(`  ${n.where}: ${n.message}`);
  fail(`${file}: cannot convert: ${result.problems.join("; ")}`);
}
console.error(formatSummary(result.counts, result.notes));
process.exitCode = await writeStory(result.story, { out, force });
