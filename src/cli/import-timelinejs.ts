import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { fromTimelineJs } from "./import/from-timelinejs.ts";
import { formatSummary } from "./import/summary.ts";
import { refuseOverwrite, writeStory } from "./import/write-story.ts";
import { language as languageSchema } from "../core/schema.ts";

// `npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--force] [--language ru]`:
// converts a TimelineJS3 story into ours. The story goes to --out (or stdout), the summary of what
// was converted and what needs an editor to stderr. An output that fails validation is never
// written, and an existing --out is replaced only with --force.

const USAGE =
  "usage: npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--force] [--language en]";

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function readArgs() {
  // Without `--`, npm takes --out and --language as its own settings and drops them.
  if (process.env.npm_config_out !== undefined || process.env.npm_config_language !== undefined) {
    fail(`npm kept the options for itself; put -- before the arguments.\n${USAGE}`, 2);
  }
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        force: { type: "boolean" },
        language: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) fail(USAGE, 0);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) fail(USAGE, 2);
    if (values.language !== undefined && !languageSchema.safeParse(values.language).success) {
      fail(`--language ${values.language}: not a language code such as “en” or “ru”`, 2);
    }
    return { file, out: values.out, force: values.force ?? false, language: values.language };
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
}

const { file, out, force, language } = readArgs();
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
