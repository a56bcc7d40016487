import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { strictResult } from "../core/validate.ts";
import { problemReport, readStory, storyPath, strictFromEnv, warningReport } from "./read-story.ts";

const ID = "virtual:story";
const RESOLVED = `\0${ID}`;

/**
 * For the hostile-data tests only: `TIMELINE_UNSAFE_SKIP_VALIDATION=1` ships the file after a bare
 * JSON.parse, so the tests can prove the app stays safe with data the validator would refuse.
 */
const SKIP_VALIDATION = process.env.TIMELINE_UNSAFE_SKIP_VALIDATION === "1";

/**
 * Serves the validated story to the app as `virtual:story`. The build (and the dev server) stop
 * with the same messages as `npm run validate` when the file has a problem, so bad data never ships.
 * Warnings (an event with no source…) are printed and let through, unless `TIMELINE_STRICT=1`
 * (for a build that is published) makes them problems.
 */
export function storyPlugin(): Plugin {
  const path = resolve(storyPath());
  return {
    name: "timeline-story",
    buildStart() {
      if (SKIP_VALIDATION) {
        const line = "!".repeat(78);
        console.warn(
          `\n${line}\n!! TIMELINE_UNSAFE_SKIP_VALIDATION=1: ${path} is NOT validated.\n` +
            `!! For tests only; never publish this build.\n${line}\n`,
        );
      }
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(path);
      if (SKIP_VALIDATION) {
        const unchecked: unknown = JSON.parse(readFileSync(path, "utf8"));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(unchecked))});`;
      }
      const read = readStory(path);
      const result = strictFromEnv() ? strictResult(read) : read;
      if (!result.ok) {
        this.error(`The story file has problems:\n${problemReport(result)}`);
      }
      if (result.warnings.length > 0) {
        const n = result.warnings.length;
        this.warn(
          `The story file has ${n} warning${n === 1 ? "" : "s"} (TIMELINE_STRICT=1 refuses them):\n` +
            warningReport(result),
        );
      }
      // JSON.parse of a string literal is faster to start than the same object as JS source.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.story))});`;
    },
  };
}
