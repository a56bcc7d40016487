import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { fromSheet } from "./import/from-sheet.ts";
import { formatSummary } from "./import/summary.ts";
import { refuseOverwrite, writeStory } from "./import/write-story.ts";
import { language as languageSchema } from "../core/schema.ts";

// `npm run import:sheet -- <sheet.csv> [--out story.json] [--force] [--language ru]`: a Google
// Sheet in TimelineJS's template, downloaded as CSV, converted into our story. As with
// import:timelinejs: the summary goes to stderr, the story to --out or stdout, never over an
// existing file without --force, and never when it fails validation.

const USAGE =
  "usage: npm run import:sheet -- <sheet.csv> [--out story.json] [--force] [--language en]";

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function readArgs() {
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
