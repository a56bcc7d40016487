import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { strictResult } from "../core/validate.ts";
import type { ValidationResult } from "../core/validate.ts";
import { problemReport, readStory, storyPath, strictFromEnv, warningReport } from "./read-story.ts";

const ID = "virtual:story";
const RESOLVED = `\0${ID}`;
const NAME = "timeline-story";

/**
 * For the hostile-data tests only: `TIMELINE_UNSAFE_SKIP_VALIDATION=1` ships the file after a bare
 * JSON.parse, so the tests can prove the app stays safe with data the validator would refuse.
 */
const SKIP_VALIDATION = process.env.TIMELINE_UNSAFE_SKIP_VALIDATION === "1";

/** What the story plugin offers the build's other plugins (through Vite's plugin `api`). */
export interface StoryPluginApi {
  /** The story as it was last read and validated; read now if nothing has read it yet. */
  story(): ValidationResult;
}

/** The story plugin's api among a config's plugins; a plugin that needs the story asks here. */
export function storyPluginApi(plugins: readonly Plugin[]): StoryPluginApi | undefined {
  return (plugins.find((p) => p.name === NAME) as Plugin<StoryPluginApi> | undefined)?.api;
}

/**
 * Serves the validated story to the app as `virtual:story`. The build (and the dev server) stop
 * with the same messages as `npm run validate` when the file has a problem, so bad data never ships.
 * The file is read and validated once per build, when the app imports it; the share pages get the
 * same result through `storyPluginApi`. The dev server loads the module again when the file
 * changes, and so reads and validates it again.
 *
 * Warnings (an event with no source…) are printed and let through, unless `TIMELINE_STRICT=1`
 * (for a build that is published) makes them problems.
 */
export function storyPlugin(read: (path: string) => ValidationResult = readStory): Plugin {
  const path = resolve(storyPath());
  let last: ValidationResult | undefined;
  const readNow = () => {
    const result = read(path);
    return (last = strictFromEnv() ? strictResult(result) : result);
  };
  const api: StoryPluginApi = { story: () => last ?? readNow() };
  return {
    name: NAME,
    api,
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
      const result = readNow();
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
