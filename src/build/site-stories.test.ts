import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { siteStories } from "./site-stories.ts";

const temp = mkdtempSync(join(tmpdir(), "site-stories-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** A site folder with these story files (contents do not matter here) and settings. */
function site(name: string, files: string[], config?: unknown): string {
  const stories = join(temp, name, "stories");
  mkdirSync(stories, { recursive: true });
  for (const file of files) writeFileSync(join(stories, file), "{}");
  if (config !== undefined) writeFileSync(join(temp, name, "site.json"), JSON.stringify(config));
  vi.stubEnv("STORIES_DIR", stories);
  vi.stubEnv("SITE_CONFIG", join(temp, name, "site.json"));
  vi.stubEnv("TIMELINE_DATA", "data/events.json");
  return stories;
}

describe("the site's stories", () => {
  it("are the default story at the base and every .json of the stories folder by slug", () => {
    const dir = site("plain", ["b.json", "a.json", "notes.txt"]);
    expect(siteStories()).toEqual({
      layout: "root",
      title: "Timelines",
      stories: [
        { slug: "", file: "data/events.json" },
        { slug: "a", file: join(dir, "a.json") },
        { slug: "b", file: join(dir, "b.json") },
      ],
    });
  });

  it("put the default story under its slug in the index layout", () => {
    site("index", ["a.json"], { layout: "index", defaultSlug: "ceasefire-talks", title: "Desk" });
    expect(siteStories()).toMatchObject({
      layout: "index",
      title: "Desk",
      stories: [{ slug: "ceasefire-talks", file: "data/events.json" }, { slug: "a" }],
    });
  });

  it("refuse a file named with a slug the site uses, naming the file", () => {
    const dir = site("reserved", ["events.json"]);
    expect(siteStories()).toContain(`${join(dir, "events.json")}: the file name "events" is taken`);
  });

  it("refuse a file whose name is not a slug", () => {
    site("not-slug", ["My Story.json"]);
    expect(siteStories()).toContain("must be a lowercase slug");
  });

  it("refuse settings that are neither layout", () => {
    site("bad-config", [], { layout: "index" });
    expect(siteStories()).toContain("site.json: must be");
  });
});
