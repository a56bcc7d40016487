import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { fromTimelineJs } from "./import/from-timelinejs.ts";
import { formatSummary } from "./import/summary.ts";
import { language as languageSchema } from "../core/schema.ts";
import { formatProblem, validateStoryText } from "../core/validate.ts";

// `npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--language ru]`:
// converts a TimelineJS3 story into ours. The story goes to --out (or stdout), the summary of what
// was converted and dropped to stderr. An output that fails validation is never written.

const USAGE =
  "usage: npm run import:timelinejs -- <timeline.json> [--out data/events.json] [--language en]";
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SCHEMA = resolve(ROOT, "data/events.schema.json");

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** `$schema` as a path from the output's folder, so editors find the schema wherever it is. */
function schemaPathFrom(folder: string): string {
  const rel = relative(folder, SCHEMA).split(sep).join("/");
  return rel.startsWith("../") ? rel : `./${rel}`;
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
    return { file, out: values.out, language: values.language };
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
}

const { file, out, language } = readArgs();
let input: unknown;
try {
  input = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  fail(`${file}: ${err.code ? `cannot read the file (${err.code})` : `not JSON: ${err.message}`}`);
}

const result = fromTimelineJs(input, { name: basename(file, extname(file)), language });
if (!result.ok) {
  for (const n of result.notes) console.error(`  ${n.where}: ${n.message}`);
  fail(`${file}: cannot convert: ${result.problems.join("; ")}`);
}
console.error(formatSummary(result.counts, result.notes));

const folder = out ? dirname(resolve(out)) : process.cwd();
const story = { $schema: schemaPathFrom(folder), ...result.story };
// The project's Prettier settings wherever the file goes, so the story passes `npm run format:check`.
const { format, resolveConfig } = await import("prettier");
const config = await resolveConfig(resolve(ROOT, "data/events.json"));
const json = await format(JSON.stringify(story), { ...config, parser: "json" });
const checked = validateStoryText(out ?? "(output)", json);
if (!checked.ok) {
  console.error(checked.problems.map(formatProblem).join("\n"));
  fail(`\nThe converted story does not pass validation, so it was not written.`);
}

if (out) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(out, json);
  const open =
    resolve(out) === resolve(ROOT, "data/events.json")
      ? "npm start"
      : `TIMELINE_DATA=${out} npm start`;
  console.error(`\nWrote ${out}. Open it with: ${open}`);
} else {
  process.stdout.write(json);
}
