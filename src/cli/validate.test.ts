import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run validate on a file nested deep after a comment", () => {
  const temp = mkdtempSync(join(tmpdir(), "validate-deep-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("prints one problem with its line and exits 1, without a stack trace", async () => {
    // The repro of issue 14, defect 3: `// "` hid the brackets from the old depth check.
    const file = join(temp, "f.json");
    writeFileSync(file, '// "\n' + "[".repeat(5000));
    const failure = await run("npx", ["tsx", "src/cli/validate.ts", file]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(
      `${file}:2:101  (json)  nested more than 100 levels deep; a story needs a few`,
    );
    expect(failure?.stderr).not.toMatch(/RangeError|at \S+ \(/);
  }, 30_000);
});

describe("npm run validate without a file", () => {
  const temp = mkdtempSync(join(tmpdir(), "validate-site-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it("checks every story of the site and names the one with a problem", async () => {
    writeFileSync(join(temp, "broken.json"), "{}");
    const env = {
      ...process.env,
      STORIES_DIR: temp,
      TIMELINE_DATA: "e2e/fixtures/small-story.json",
    };
    const failure = await run("npx", ["tsx", "src/cli/validate.ts"], { env }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain("e2e/fixtures/small-story.json: ok (5 events)");
    expect(failure?.stderr).toContain(`${join(temp, "broken.json")}:1:1  title  is required`);
  }, 30_000);
});
