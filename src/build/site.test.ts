import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { basePathProblem, siteOf } from "./site.ts";

describe("the site's base path", () => {
  it.each(["/", "/timeline/", "/news/2025-timeline/", "/a.b~c_d/"])("may be %j", (base) => {
    expect(basePathProblem(base)).toBeUndefined();
    expect(siteOf(base, undefined)).toEqual({ base, siteUrl: undefined });
  });

  it.each([
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "https://cdn.example/",
    "http://cdn.example/app/",
    "timeline/",
    "/timeline",
    "/time line/",
    '/"onload="x/',
    "/a//b/",
    "",
  ])("may not be %j, and the message says what to set", (base) => {
    const problem = basePathProblem(base);
    expect(problem).toContain("BASE_PATH must be a path on this site");
    expect(problem).toContain("such as / or /timeline/");
    expect(problem).toContain(JSON.stringify(base));
    expect(siteOf(base, undefined)).toBe(problem);
  });
});

describe("a build with BASE_PATH=//evil.example/", () => {
  const root = resolve(import.meta.dirname, "../..");
  const outDir = join(mkdtempSync(join(tmpdir(), "evil-base-")), "dist");
  afterAll(() => rmSync(resolve(outDir, ".."), { recursive: true, force: true }));
  // Vitest's own variables (NODE_ENV=test among them) would turn the child into a test build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== "NODE_ENV" && !k.startsWith("VITEST")),
  );

  it("stops with the message and writes nothing", async () => {
    const output = await new Promise<{ code: number; text: string }>((done) =>
      execFile(
        join(root, "node_modules/.bin/vite"),
        ["build", "--logLevel", "error", "--outDir", outDir],
        {
          cwd: root,
          env: {
            ...env,
            BASE_PATH: "//evil.example/",
            TIMELINE_DATA: "e2e/fixtures/small-story.json",
          },
        },
        (error, stdout, stderr) =>
          done({ code: error ? Number(error.code) : 0, text: stdout + stderr }),
      ),
    );
    expect(output.code).not.toBe(0);
    expect(output.text).toContain("BASE_PATH must be a path on this site");
    expect(output.text).toContain('got "//evil.example/"');
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
  }, 60_000);
});
