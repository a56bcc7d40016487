import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A site of several stories, built as `npm run build` builds it (STORIES_DIR for the folder of
 * further stories): each story has its pages under its slug, a page of one story loads none of
 * another's data, and a bad story stops the build naming its file while the previous site stays.
 */

const root = resolve(import.meta.dirname, "../..");
const outDir = mkdtempSync(join(root, "dist-test-site-"));
const stories = mkdtempSync(join(tmpdir(), "site-stories-"));
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST")),
);

function viteBuild(): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      join(root, "node_modules/.bin/vite"),
      ["build", "--logLevel", "error"],
      {
        cwd: root,
        env: {
          ...buildEnv,
          TIMELINE_DATA: "data/events.json",
          STORIES_DIR: stories,
          OUT_DIR: outDir,
        },
      },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

/** Every file a page loads before any script runs, and every module those import statically. */
function loadedFiles(page: string): Set<string> {
  const html = readFileSync(join(outDir, page), "utf8");
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    const code = readFileSync(join(outDir, file), "utf8");
    // Static imports only (`import … from "./x.js"`); import() is what loads on demand.
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*[^("'`;]*?from\s*"\.\/([^"]+)"/g,
    )) {
      queue.push(`assets/${m[1]!}`);
    }
  }
  return seen;
}

const dataChunk = (page: string) => {
  const html = readFileSync(join(outDir, page), "utf8");
  const links = [
    ...html.matchAll(/<link rel="modulepreload" crossorigin href="\/(assets\/[^"]+)">/g),
  ];
  // The story's data is the last preload the share pages add.
  return links.at(-1)![1]!;
};

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();

describe("a site of several stories", () => {
  beforeAll(async () => {
    cpSync("e2e/fixtures/small-story.json", join(stories, "small.json"));
    const run = await viteBuild();
    expect(run, run.output).toMatchObject({ code: 0 });
  }, 120_000);

  afterAll(() => {
    for (const dir of [outDir, `${outDir}-partial`, `${outDir}-previous`, stories]) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives each story its start page, share pages, embed pages and 404 under its slug", () => {
    const built = files(outDir);
    for (const page of ["index.html", "404.html", "embed/index.html", "stories/index.html"]) {
      expect(built).toContain(page);
      expect(built).toContain(page === "stories/index.html" ? page : `small/${page}`);
    }
    expect(built).toContain("small/events/evening-call/index.html");
    expect(built).not.toContain("site-index.html");
    expect(readFileSync(join(outDir, "small/index.html"), "utf8")).toContain(
      'href="/small/events/evening-call/"',
    );
  });

  it("loads one copy of the app for every story, and on a story's page no other story's data", () => {
    const real = loadedFiles("index.html");
    const small = loadedFiles("small/events/evening-call/index.html");
    expect(dataChunk("index.html")).not.toBe(dataChunk("small/index.html"));
    expect(real).toContain(dataChunk("index.html"));
    expect(real).not.toContain(dataChunk("small/index.html"));
    expect(small).toContain(dataChunk("small/index.html"));
    expect(small).not.toContain(dataChunk("index.html"));
    const app = (set: Set<string>) =>
      [...set].filter((f) => f !== dataChunk("index.html") && f !== dataChunk("small/index.html"));
    expect(app(small)).toEqual(app(real));
  });

  it("stops at a bad story, naming its file, and keeps every page of the previous site", async () => {
    const before = files(outDir);
    const bad = join(stories, "broken.json");
    writeFileSync(bad, '{ "title": "" }\n');
    const run = await viteBuild();
    rmSync(bad);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`${bad}:1:12  title`);
    expect(files(outDir)).toEqual(before);
  }, 120_000);
});
