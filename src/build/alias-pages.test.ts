import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildStoryModel } from "../core/story-model.ts";
import { fixture, SHELL, site } from "./fixtures/page-fixture.ts";
import { writeStoryPages } from "./share-pages-plugin.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("writes an event's page under each earlier id too, pointing at the id it has now", () => {
  dir = mkdtempSync(join(tmpdir(), "alias-pages-"));
  const story = structuredClone(fixture);
  story.events[0]!.aliases = ["talks-begin"];
  writeStoryPages(dir, SHELL, buildStoryModel(story), site);
  const page = readFileSync(join(dir, "events/talks-begin/index.html"), "utf8");
  expect(page).toBe(readFileSync(join(dir, "events/talks-open/index.html"), "utf8"));
  expect(page).toContain('rel="canonical" href="/timeline/events/talks-open/"');
});
