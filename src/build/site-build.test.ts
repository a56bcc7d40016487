import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { starterStory } from "../cli/starter-story.ts";

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

function viteBuild(extra: Record<string, string> = {}): Promise<{ code: number; output: string }> {
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
          ...extra,
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

const preloads = (page: string) => {
  const html = readFileSync(join(outDir, page), "utf8");
  return [...html.matchAll(/<link rel="modulepreload" crossorigin href="\/(assets\/[^"]+)">/g)].map(
    (m) => m[1]!,
  );
};
/** What an event's page preloads beyond its story's start page: the story's details. */
const more = (page: string, startPage: string) =>
  preloads(page).filter((f) => !preloads(startPage).includes(f));
/** The story's data chunk: the last module a story's start page preloads. */
const dataChunk = (startPage: string) => preloads(startPage).at(-1)!;

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .sort();

afterAll(() => {
  for (const dir of [outDir, `${outDir}-partial`, `${outDir}-previous`, stories]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("a site of several stories", () => {
  beforeAll(async () => {
    cpSync("e2e/fixtures/small-story.json", join(stories, "small.json"));
    // What `npm run new-story` writes builds as it is.
    const starter = starterStory("A new story", "2026-12-01");
    writeFileSync(join(stories, "starter.json"), JSON.stringify(starter, null, 2));
    const run = await viteBuild();
    expect(run, run.output).toMatchObject({ code: 0 });
  }, 120_000);

  it("gives each story its start page, share pages, embed pages and 404 under its slug", () => {
    const built = files(outDir);
    for (const page of ["index.html", "404.html", "embed/index.html", "stories/index.html"]) {
      expect(built).toContain(page);
      expect(built).toContain(page === "stories/index.html" ? page : `small/${page}`);
    }
    expect(built).toContain("small/events/evening-call/index.html");
    expect(built).toContain("starter/events/first-event/index.html");
    expect(built).not.toContain("site-index.html");
    expect(readFileSync(join(outDir, "small/index.html"), "utf8")).toContain(
      'href="/small/events/evening-call/"',
    );
  });

  it("loads one copy of the app for every story, and on a story's page no other story's data", () => {
    const realEvent = "events/putin-press-conference-ceasefire-nuances/index.html";
    const smallEvent = "small/events/evening-call/index.html";
    const real = loadedFiles(realEvent);
    const small = loadedFiles(smallEvent);
    expect(dataChunk("index.html")).not.toBe(dataChunk("small/index.html"));
    expect(real).toContain(dataChunk("index.html"));
    expect(real).not.toContain(dataChunk("small/index.html"));
    expect(small).toContain(dataChunk("small/index.html"));
    expect(small).not.toContain(dataChunk("index.html"));
    expect(small).not.toContain(more(realEvent, "index.html")[0]);
    const stories = [
      dataChunk("index.html"),
      dataChunk("small/index.html"),
      ...more(realEvent, "index.html"),
      ...more(smallEvent, "small/index.html"),
    ];
    const app = (set: Set<string>) => [...set].filter((f) => !stories.includes(f));
    expect(app(small)).toEqual(app(real));
  });

  it("preloads a story's details on its event pages only (the panel draws them at once)", () => {
    const small = more("small/events/evening-call/index.html", "small/index.html");
    const real = more("events/putin-press-conference-ceasefire-nuances/index.html", "index.html");
    expect(small).toHaveLength(1);
    expect(real).toHaveLength(1);
    expect(small).not.toEqual(real);
    expect(more("small/embed/events/evening-call/index.html", "small/index.html")).toEqual(small);
    expect(more("small/embed/index.html", "small/index.html")).toEqual([]);
    // It is the chunk the story's data loads on demand, with its quotes.
    const code = readFileSync(join(outDir, small[0]!), "utf8");
    expect(code).toContain("quotes");
    expect(readFileSync(join(outDir, dataChunk("small/index.html")), "utf8")).toContain(
      small[0]!.replace("assets/", ""),
    );
  });

  it("preloads on every page the two faces the first screen is set in, as the CSS names them", () => {
    const css = [...readdirSync(join(outDir, "assets"))]
      .filter((f) => f.endsWith(".css"))
      .map((f) => readFileSync(join(outDir, "assets", f), "utf8"))
      .join("\n");
    for (const page of ["index.html", "small/events/evening-call/index.html", "404.html"]) {
      const html = readFileSync(join(outDir, page), "utf8");
      const fonts = [
        ...html.matchAll(
          /<link rel="preload" as="font" type="font\/woff2" crossorigin href="\/(assets\/[^"]+)">/g,
        ),
      ].map((m) => m[1]!);
      expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, ""))).toEqual([
        "assets/source-serif-4-latin-400-normal",
        "assets/source-serif-4-latin-600-normal",
      ]);
      for (const font of fonts) expect(css).toContain(`/${font}`);
    }
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

describe('a site in the "index" layout', () => {
  const configDir = mkdtempSync(join(tmpdir(), "site-config-"));
  const config = join(configDir, "site.json");
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));

  it("puts every story under its slug and the index and its 404 at the root", async () => {
    writeFileSync(
      config,
      JSON.stringify({
        layout: "index",
        defaultSlug: "ceasefire-talks",
        title: "The desk's timelines",
      }),
    );
    const run = await viteBuild({ SITE_CONFIG: config });
    expect(run, run.output).toMatchObject({ code: 0 });
    const built = files(outDir);
    expect(built).toContain(
      "ceasefire-talks/events/putin-press-conference-ceasefire-nuances/index.html",
    );
    expect(built).not.toContain("events/putin-press-conference-ceasefire-nuances/index.html");
    expect(built).not.toContain("stories/index.html");
    const index = readFileSync(join(outDir, "index.html"), "utf8");
    expect(index).toContain('<ol class="story-index">');
    expect(index).toContain("<h1>The desk&#39;s timelines</h1>");
    expect(index).toContain('href="/ceasefire-talks/"');
    expect(readFileSync(join(outDir, "404.html"), "utf8")).toContain("See every timeline");
  }, 120_000);
});
