import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { validateStoryText } from "../core/validate.ts";
import { starterStory } from "./starter-story.ts";

const run = promisify(execFile);

describe("the starter story", () => {
  it("validates with neither a problem nor a warning", () => {
    const text = JSON.stringify(starterStory("Floods in the valley", "2026-12-01"), null, 2);
    const result = validateStoryText("starter.json", text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("gives its two actors different colours", () => {
    const [a, b] = starterStory("T", "2026-12-01").actors;
    expect(a?.color).toBeDefined();
    expect(a?.color).not.toBe(b?.color);
  });
});

describe("npm run new-story", () => {
  const temp = mkdtempSync(join(tmpdir(), "new-story-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const env = { ...process.env, STORIES_DIR: temp };
  const newStory = (...args: string[]) =>
    run("npx", ["tsx", "src/cli/new-story.ts", ...args], { env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("writes the story, says what to edit next, and refuses to overwrite it", async () => {
    const first = await newStory("valley-floods", "Floods in the valley");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("npm run validate --");
    const file = join(temp, "valley-floods.json");
    const written = readFileSync(file, "utf8");
    expect(JSON.parse(written)).toMatchObject({ title: "Floods in the valley" });
    const second = await newStory("valley-floods", "Another title");
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("exists already; nothing written");
    expect(readFileSync(file, "utf8")).toBe(written);
  }, 30_000);

  it("refuses a slug that is not one, or that the site uses", async () => {
    expect((await newStory("Valley Floods", "T")).stderr).toContain("is not a slug");
    expect((await newStory("events", "T")).stderr).toContain("is taken by the site");
  }, 30_000);
});
