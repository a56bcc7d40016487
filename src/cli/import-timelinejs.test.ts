import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { validateStoryText } from "../core/validate.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "import-timelinejs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  run(join(root, "node_modules/.bin/tsx"), ["src/cli/import-timelinejs.ts", ...args], {
    cwd: root,
  });

describe("npm run import:timelinejs", () => {
  it("writes a story that validates, and prints the summary to stderr", async () => {
    const out = join(dir, "story.json");
    const { stdout, stderr } = await cli("src/cli/import/fixtures/story.json", "--out", out);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Converted 4 of 4 events/m);
    expect(stderr).toContain(`Wrote ${out}. Open it with: TIMELINE_DATA=${out} npm start`);
    const text = readFileSync(out, "utf8");
    const result = validateStoryText(out, text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(text).$schema).toMatch(/^(\.\.\/)+.*data\/events\.schema\.json$/);
  }, 60_000);

  it("prints the story to stdout without --out, with $schema relative to the current folder", async () => {
    const { stdout } = await cli("src/cli/import/fixtures/edge-cases.json", "--language", "ru");
    const story = JSON.parse(stdout);
    expect(story.$schema).toBe("./data/events.schema.json");
    expect(story.sources["example-org-later"].language).toBe("ru");
  }, 60_000);

  it("exits non-zero with a message for a file it cannot read", async () => {
    await expect(cli(join(dir, "missing.json"))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("cannot read the file (ENOENT)"),
    });
  }, 60_000);
});
