import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SHELL, fixture, site, model } from "./fixtures/page-fixture.ts";
import { buildStoryModel } from "../core/story-model.ts";
import type { Story } from "../core/schema.ts";
import { renderEmbedPage, writeEmbedPages } from "./embed-pages.ts";
import { escapeHtml } from "./html.ts";

const talksOpen = model.byId.get("talks-open")!;

function canonical(page: string): string | undefined {
  return /<link rel="canonical" href="([^"]*)"/.exec(page)?.[1];
}

describe("an embed page", () => {
  it("is the app's shell, kept out of search results, pointing search engines to the full page", () => {
    const page = renderEmbedPage(SHELL, model, talksOpen, site);
    expect(page).toContain('src="/timeline/assets/index-abc.js"');
    expect(page).toContain('<meta name="robots" content="noindex" />');
    expect(canonical(page)).toBe("/timeline/events/talks-open/");
    expect(page).toContain("<title>Talks open · A small fixture story</title>");
    expect(page).not.toContain("og:");
  });

  it("gives the full page's absolute address when the site's URL is known", () => {
    const published = { base: "/timeline/", siteUrl: "https://example.org" };
    expect(canonical(renderEmbedPage(SHELL, model, talksOpen, published))).toBe(
      "https://example.org/timeline/events/talks-open/",
    );
    expect(canonical(renderEmbedPage(SHELL, model, undefined, published))).toBe(
      "https://example.org/timeline/",
    );
  });

  it("reads without JavaScript: the event in short and the full page in a new tab", () => {
    const page = renderEmbedPage(SHELL, model, talksOpen, site);
    expect(page).toContain("<h1>Talks open</h1>");
    expect(page).toContain("11 March 2025 · Geneva");
    expect(page).toContain("North and South meet.");
    expect(page).toContain(
      '<a href="/timeline/events/talks-open/" target="_blank" rel="noopener">Open full timeline</a>',
    );
    const start = renderEmbedPage(SHELL, model, undefined, site);
    expect(start).toContain("<h1>A small fixture story</h1>");
    expect(start).toMatch(/<a href="\/timeline\/" target="_blank" rel="noopener"/);
  });

  it("writes hostile text as text", () => {
    const hostile = `<script>alert("x")</script> & "double" $&`;
    const story: Story = {
      ...fixture,
      title: hostile,
      events: fixture.events.map((e) => ({ ...e, title: hostile, summary: hostile })),
    };
    const hostileTimeline = buildStoryModel(story);
    const event = hostileTimeline.byId.get("talks-open")!;
    const page = renderEmbedPage(SHELL, hostileTimeline, event, site);
    expect(page).not.toContain("<script>alert");
    expect(page).toContain(`<title>${escapeHtml(hostile)} · ${escapeHtml(hostile)}</title>`);
  });
});

describe("writeEmbedPages", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes embed/index.html and embed/events/<id>/index.html for every event", () => {
    dir = mkdtempSync(join(tmpdir(), "embed-pages-"));
    writeEmbedPages(dir, SHELL, model, site);
    expect(readFileSync(join(dir, "embed/index.html"), "utf8")).toContain(
      "<title>A small fixture story</title>",
    );
    for (const event of model.events) {
      const page = readFileSync(join(dir, `embed/events/${event.id}/index.html`), "utf8");
      expect(canonical(page)).toBe(`/timeline/events/${event.id}/`);
    }
  });

  it("writes no page for an id that is not a slug", () => {
    dir = mkdtempSync(join(tmpdir(), "embed-pages-"));
    const odd = { ...fixture, events: [{ ...fixture.events[0]!, id: ".." }] };
    writeEmbedPages(dir, SHELL, buildStoryModel(odd), site);
    expect(existsSync(join(dir, "embed/index.html"))).toBe(true);
    expect(existsSync(join(dir, "embed/events"))).toBe(false);
  });
});

describe("an embed page's date", () => {
  it("is the event's display date when it has one", () => {
    const story = structuredClone(fixture);
    story.events[0]!.displayDate = "Spring 2025";
    const dated = buildStoryModel(story);
    const page = renderEmbedPage(SHELL, dated, dated.byId.get("talks-open")!, site);
    expect(page).toContain('<p class="static-meta">Spring 2025 · Geneva</p>');
  });
});
