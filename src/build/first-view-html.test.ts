import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildStoryModel } from "../core/story-model.ts";
import { firstViewHtml } from "./first-view-html.ts";
import { renderStartPage } from "./start-page.ts";

const HOSTILE = `<script>alert(1)</script> "quoted" & 'single'`;

function model() {
  return buildStoryModel({
    title: "T",
    description: "D",
    focus: "2025-03",
    actors: [
      { id: "south", name: HOSTILE, color: "#c53030" },
      { id: "north", name: "North" },
    ],
    phases: [],
    sources: {},
    events: [
      {
        id: "talks-open",
        date: "2025-03-11",
        title: HOSTILE,
        summary: "S.",
        actors: ["south", "north"],
        tags: [],
        quotes: [],
        sources: [],
      },
    ],
  });
}

describe("the start page's first view", () => {
  it("links each drawn event to its page, carrying its id, in both views", () => {
    const { body } = firstViewHtml(model(), "/timeline/");
    const links = body.value.match(/<a[^>]*data-id="talks-open"[^>]*>/g) ?? [];
    // Two lanes, a desktop's view and a phone's.
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).toContain('href="/timeline/events/talks-open/"');
  });

  it("writes titles and names as text, never as markup", () => {
    const { body, css } = firstViewHtml(model(), "/");
    expect(body.value).not.toContain("<script>");
    expect(body.value).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(css).not.toContain("script");
  });

  it("allows its stylesheet by the stylesheet's own hash", () => {
    const { css, cspSource } = firstViewHtml(model(), "/");
    const hash = createHash("sha256").update(css, "utf8").digest("base64");
    expect(cspSource).toBe(`'sha256-${hash}'`);
    expect(css).toContain(".event-timeline .lane-0{--lane-color:#c53030}");
  });
});

describe("the start page", () => {
  it("carries the first view's stylesheet exactly as its CSP hashes it", () => {
    const shell =
      '<html><head><meta http-equiv="Content-Security-Policy" content="style-src \'self\'" />' +
      '<title>x</title></head><body><div id="root"></div></body></html>';
    const page = renderStartPage(shell, model(), { base: "/", siteUrl: undefined });
    const css = /<style>([^<]*)<\/style>/.exec(page)?.[1] ?? "";
    const hash = createHash("sha256").update(css, "utf8").digest("base64");
    expect(page).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(css).toContain("--lane-color");
  });
});
