import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Plugin } from "vite";
import type { ValidationResult } from "../core/validate.ts";
import { SHELL } from "./fixtures/page-fixture.ts";
import { readStory } from "./read-story.ts";
import { sharePagesPlugin } from "./share-pages-plugin.ts";
import { storyDataId, storyPlugin } from "./story-plugin.ts";

/**
 * The story is read and validated once per build: the story plugin reads it when the app imports
 * it, and the share pages take that result instead of reading the file again.
 */

// Not the story the plugins' path names (data/events.json), so a second read would show.
const STORY = "e2e/fixtures/small-story.json";
const temp = mkdtempSync(join(tmpdir(), "story-once-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A reader of `file` (whatever path the plugin asks for) that counts its calls. */
function countingReader(file = STORY) {
  const reader = {
    calls: 0,
    read: (): ValidationResult => {
      reader.calls += 1;
      return readStory(file);
    },
  };
  return reader;
}

/** Vite's hooks as the functions these plugins define them as. */
type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: Plugin, name: keyof Plugin) => plugin[name] as Hook;

const pluginContext = {
  addWatchFile: () => {},
  error: (message: string) => {
    throw new Error(message);
  },
  warn: () => {},
};

/** What Vite does in a build: resolve the config, load the story's data module, write the bundle. */
function build(plugins: Plugin[], dir: string) {
  writeFileSync(join(dir, "index.html"), SHELL);
  for (const plugin of plugins) {
    if (plugin.configResolved) hook(plugin, "configResolved")({ base: "/timeline/", plugins });
  }
  const module = hook(plugins[0]!, "load").call(pluginContext, storyDataId(""));
  hook(plugins[1]!, "writeBundle").call(pluginContext, { dir });
  return module;
}

describe("a build", () => {
  it("reads and validates the story once, for the app and the share pages", () => {
    const reader = countingReader();
    const module = build([storyPlugin(reader.read), sharePagesPlugin()], temp);
    expect(module).toContain("export default JSON.parse(");
    expect(reader.calls).toBe(1);
    // The pages are the fixture's (the reader's), not those of the file the plugins point at.
    const ids = (JSON.parse(readFileSync(STORY, "utf8")) as { events: { id: string }[] }).events;
    expect(readdirSync(join(temp, "events")).sort()).toEqual(ids.map((e) => e.id).sort());
  });

  it("stops with a message when the share pages have no story plugin to ask", () => {
    const alone = sharePagesPlugin();
    hook(alone, "configResolved")({ base: "/", plugins: [alone] });
    expect(() => hook(alone, "writeBundle").call(pluginContext, { dir: temp })).toThrow(
      "the share pages need storyPlugin() in the same Vite config",
    );
  });
});

describe("the dev server", () => {
  it("reads and validates the story again when the changed file is loaded again", () => {
    const file = join(temp, "story.json");
    const story = JSON.parse(readFileSync(STORY, "utf8")) as { title: string };
    writeFileSync(file, JSON.stringify({ ...story, title: "Before the edit" }));
    const reader = countingReader(file);
    const load = hook(storyPlugin(reader.read), "load");
    expect(load.call(pluginContext, storyDataId(""))).toContain("Before the edit");
    writeFileSync(file, JSON.stringify({ ...story, title: "After the edit" }));
    expect(load.call(pluginContext, storyDataId(""))).toContain("After the edit");
    writeFileSync(file, JSON.stringify({ ...story, title: "" }));
    expect(() => load.call(pluginContext, storyDataId(""))).toThrow("title");
    expect(reader.calls).toBe(3);
  });
});
