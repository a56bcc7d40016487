import { parseArgs } from "node:util";
import { problemReport, readStory, storyPath, warningReport } from "../build/read-story.ts";
import { strictResult } from "../core/validate.ts";

// `npm run validate [-- file] [-- --strict]`: prints every problem and warning in a story file and
// exits non-zero if there is a problem. --strict (for publishing) counts warnings as problems.
const USAGE = "usage: npm run validate -- [file] [--strict]";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function readArgs(): { file: string; strict: boolean } {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { strict: { type: "boolean" } },
    });
    if (positionals.length > 1) throw new Error("one story file at a time");
    return { file: positionals[0] ?? storyPath(), strict: values.strict ?? false };
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { file, strict } = readArgs();
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
} else {
  console.error(problemReport(result));
  console.error(`${file}: ${plural(result.problems.length, "problem")}`);
  process.exitCode = 1;
}
