import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const ERAS = "node_modules/@knight-lab/timelinejs/src/template/eras.json";

describe("npm run import:timelinejs", () => {
  it("writes a story that validates, and prints the summary to stderr", async () => {
    const out = join(dir, "story.json");
    const { stdout, stderr } = await cli("src/cli/import/fixtures/story.json", "--out", out);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Events: 4 in, 4 out/m);
    expect(stderr).toContain(`Wrote ${out}. Open it with: TIMELINE_DATA=${out} npm start`);
    const text = readFileSync(out, "utf8");
    const result = validateStoryText(out, text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(JSON.parse(text).$schema).toMatch(/^(\.\.\/)+.*data\/events\.schema\.json$/);
  }, 60_000);

  it("writes TimelineJS's eras template as a story that validates, with its warnings", async () => {
    const out = join(dir, "eras.json");
    const { stdout, stderr } = await cli(ERAS, "--out", out);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Events: 20 in, 20 out; 1 kept without a source\.$/m);
    expect(stderr).toContain(`Wrote ${out}. Open it with: TIMELINE_DATA=${out} npm start`);
    expect(stderr).toContain(
      `It has 1 warning to fix before publishing; each with its line: npm run validate -- ${out} --strict`,
    );
    const result = validateStoryText(out, readFileSync(out, "utf8"));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  }, 60_000);

  it("refuses to overwrite an existing --out without --force, and replaces it with --force", async () => {
    const out = join(dir, "existing.json");
    writeFileSync(out, "keep me");
    await expect(cli(ERAS, "--out", out)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${out} already exists; nothing was written`),
    });
    expect(readFileSync(out, "utf8")).toBe("keep me");
    await cli(ERAS, "--out", out, "--force");
    expect(JSON.parse(readFileSync(out, "utf8")).events).toHaveLength(20);
  }, 60_000);

  it("prints the story to stdout without --out, with $schema relative to the current folder", async () => {
    const { stdout } = await cli("src/cli/import/fixtures/edge-cases.json", "--language", "ru");
    const story = JSON.parse(stdout);
    expect(story.$schema).toBe("./data/events.schema.json");
    expect(story.sources["example-org-later"].language).toBe("ru");
  }, 60_000);

  it("prints the story to stdout without --out, with $schema and the given language", async () => {
    const { stdout } = await cli(ERAS, "--language", "ru");
    const story = JSON.parse(stdout);
    expect(story.$schema).toBe("./data/events.schema.json");
    expect(Object.values(story.sources).map((s) => (s as { language: string }).language)).toContain(
      "ru",
    );
  }, 60_000);

  it("points a sheet (CSV) to import:sheet", async () => {
    const csv = "node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv";
    await expect(cli(csv)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `this is a sheet (CSV), not TimelineJS JSON: npm run import:sheet -- ${csv}`,
      ),
    });
  }, 60_000);

  it("exits non-zero with a message for a file it cannot read", async () => {
    await expect(cli(join(dir, "missing.json"))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("cannot read the file (ENOENT)"),
    });
  }, 60_000);
});
