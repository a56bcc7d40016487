import { resolve } from "node:path";
import type { Plugin } from "vite";
import { problemReport, readStory, storyPath } from "./read-story.ts";

const ID = "virtual:story";
const RESOLVED = `\0${ID}`;

/**
 * Serves the validated story to the app as `virtual:story`. The build (and the dev server) stop
 * with the same messages as `npm run validate` when the file has a problem, so bad data never ships.
 */
export function storyPlugin(): Plugin {
  const path = resolve(storyPath());
  return {
    name: "timeline-story",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(path);
      const result = readStory(path);
      if (!result.ok) {
        this.error(`The story file has problems:\n${problemReport(result)}`);
      }
      // JSON.parse of a string literal is faster to start than the same object as JS source.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.story))});`;
    },
  };
}
