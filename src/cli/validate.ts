import { problemReport, readStory, storyPath } from "../build/read-story.ts";

// `npm run validate [file]`: prints every problem in a story file and exits non-zero if any.
const file = process.argv[2] ?? storyPath();
const result = readStory(file);
if (result.ok) {
  console.log(`${file}: ok (${result.story.events.length} events)`);
} else {
  console.error(problemReport(result));
  console.error(
    `${file}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`,
  );
  process.exitCode = 1;
}
