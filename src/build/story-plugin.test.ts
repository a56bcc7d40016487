import { afterEach, describe, expect, it, vi } from "vitest";
import { storyDataId, storyPlugin } from "./story-plugin.ts";

/**
 * The plugin behind the build and the dev server: a story whose only findings are warnings (here
 * an event without a source) is served and its warnings printed; TIMELINE_STRICT=1 refuses it.
 */

const UNSOURCED = new URL("../core/fixtures/broken/no-sources-cited.json", import.meta.url)
  .pathname;

function load(file: string) {
  vi.stubEnv("TIMELINE_DATA", file);
  const plugin = storyPlugin();
  const context = {
    addWatchFile: vi.fn(),
    warn: vi.fn(),
    error: vi.fn((message: string) => {
      throw new Error(message);
    }),
  };
  // The plugin uses only these three of the context Rollup gives its hooks.
  const hook = plugin.load as unknown as (this: typeof context, id: string) => string | undefined;
  const run = () => hook.call(context, storyDataId(""));
  return { context, run };
}

afterEach(() => vi.unstubAllEnvs());

describe("storyPlugin", () => {
  it("serves a story with warnings and prints them, each as file:line:col", () => {
    const { context, run } = load(UNSOURCED);
    expect(run()).toMatch(/^export default JSON.parse/);
    expect(context.warn).toHaveBeenCalledTimes(1);
    expect(context.warn.mock.calls[0]?.[0]).toContain(
      `${UNSOURCED}:47:18  events[1].sources  warning: needs a source before publishing`,
    );
  });

  it("refuses it with TIMELINE_STRICT=1, as a build for publishing must", () => {
    vi.stubEnv("TIMELINE_STRICT", "1");
    const { context, run } = load(UNSOURCED);
    expect(run).toThrow(/The story file has problems:\n.*events\[1\]\.sources {2}needs a source/);
    expect(context.warn).not.toHaveBeenCalled();
  });
});
