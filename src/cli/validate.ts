import { parseArgs } from "node:util";
import { problemReport, readStory, warningReport } from "../build/read-story.ts";
import { siteStories } from "../build/site-stories.ts";
import { strictResult } from "../core/validate.ts";

// `npm run validate [-- file] [-- --strict]`: prints every problem and warning in every story of the
// site (data/events.json and data/stories/*.json, see src/build/site-stories.ts), or in the one file
// given, and exits non-zero if there is a problem. --strict (for publishing) counts warnings as
// problems.
const USAGE = "usage: npm run validate -- [file] [--strict]";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function readArgs(): { files: string[]; strict: boolean } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { strict: { type: "boolean" } },
    });
    if (positionals.length > 1) throw new Error("one story file at a time");
    const strict = values.strict ?? false;
    if (positionals[0] !== undefined) return { files: [positionals[0]], strict };
    const site = siteStories();
    if (typeof site === "string") throw new Error(site);
    return { files: site.stories.map((s) => s.file), strict };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function check(file: string, strict: boolean): boolean {
  const read = readStory(file);
  const result = strict ? strictResult(read) : read;
  // Warnings go to stdout: stderr is for the problems that fail the run.
  if (result.warnings.length > 0) {
    console.log(warningReport(result));
    console.log(
      `${file}: ${plural(result.warnings.length, "warning")} (fix before publishing; --strict makes them errors)`,
    );
  }
  if (result.ok) {
    console.log(`${file}: ok (${result.story.events.length} events)`);
    return true;
  }
  console.error(problemReport(result));
  console.error(`${file}: ${plural(result.problems.length, "problem")}`);
  return false;
}

const { files, strict } = readArgs();
// Every file is checked, so one run lists the problems of all of them.
const failed = files.filter((file) => !check(file, strict));
if (failed.length > 0) process.exitCode = 1;
