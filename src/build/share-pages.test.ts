import { describe, expect, it } from "vitest";
import { SHELL, fixture, site, model } from "./fixtures/page-fixture.ts";
import { buildStoryModel } from "../core/story-model.ts";
import type { Story } from "../core/schema.ts";
import { escapeHtml, html } from "./html.ts";
import { renderEventPage } from "./event-page.ts";
import { fillShell, renderNotFoundPage, shorten } from "./share-pages.ts";
import { renderStartPage } from "./start-page.ts";

const event = (id: string) => model.byId.get(id)!;

/** The <head> and #root of a page, parsed enough to ask questions of. */
function meta(page: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(page);
  return match?.[1];
}

const HOSTILE = `<script>alert("x")</script> & 'quoted' "double" $& $1 &amp;`;

describe("escapeHtml", () => {
  it("escapes the five characters that can end text or an attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("escapes an entity so it reads as written", () => {
    expect(escapeHtml("&amp; &#60;")).toBe("&amp;amp; &amp;#60;");
  });

  it("leaves other text, including non-Latin scripts and emoji, alone", () => {
    expect(escapeHtml("Переговоры в Джидде 🕊️ محادثات")).toBe("Переговоры в Джидде 🕊️ محادثات");
  });

  it("is applied to every value in an html template, except nested templates", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(
      html`<p title="${'"'}">${"<br>"}${inner}${["<", ">"]}${undefined}${false}</p>`.value,
    ).toBe('<p title="&quot;">&lt;br&gt;<b>&lt;i&gt;</b>&lt;&gt;</p>');
  });
});

describe("an event's share page", () => {
  const page = renderEventPage(SHELL, model, event("conditions-set"), site);

  it("keeps the app's shell: its scripts load from the base", () => {
    expect(page).toContain(
      '<script type="module" crossorigin src="/timeline/assets/index-abc.js">',
    );
    expect(page.match(/<script/g)).toHaveLength(1);
  });

  it("has a title, a description, Open Graph tags, a canonical link and a card", () => {
    expect(page).toContain("<title>Conditions set out · A small fixture story</title>");
    expect(meta(page, "description")).toBe(
      "15 March 2025, Vienna. South names its conditions for a pause; North answers that it has heard them before.",
    );
    expect(meta(page, "og:title")).toBe("Conditions set out");
    expect(meta(page, "og:description")).toBe(meta(page, "description"));
    expect(meta(page, "og:type")).toBe("article");
    expect(meta(page, "og:url")).toBe("/timeline/events/conditions-set/");
    expect(meta(page, "og:site_name")).toBe("A small fixture story");
    expect(meta(page, "twitter:card")).toBe("summary");
    expect(page).toContain('<link rel="canonical" href="/timeline/events/conditions-set/" />');
  });

  it("gives absolute addresses when the site's URL is known", () => {
    const absolute = renderEventPage(SHELL, model, event("talks-open"), {
      base: "/timeline/",
      siteUrl: "https://example.org/ignored/path",
    });
    expect(meta(absolute, "og:url")).toBe("https://example.org/timeline/events/talks-open/");
    expect(absolute).toContain(
      '<link rel="canonical" href="https://example.org/timeline/events/talks-open/" />',
    );
  });

  it("reads without JavaScript: title, date, summary, quotes with speakers and sources", () => {
    expect(page).toContain("<h1>Conditions set out</h1>");
    expect(page).toContain('<time datetime="2025-03-15">15 March 2025</time>');
    expect(page).toContain("<p>South names its conditions for a pause;");
    expect(page).toMatch(
      /<figure id="quote-1">\s*<blockquote><p>“A pause is possible, but there are conditions.”<\/p><\/blockquote>/,
    );
    expect(page).toContain("— B. Minister, Foreign Minister of South, ");
    expect(page).toContain("Translated from Russian. Source: ");
    expect(page).toContain('<a href="https://example.org/wire/conditions" rel="noopener">');
    expect(page).toContain("Some reports give this as: “A pause is possible, with conditions.”");
    expect(page).toContain('<figure id="quote-2">');
    expect(page).toContain(
      "<strong>North:</strong> North says the conditions amount to a refusal.",
    );
    expect(page).toContain('<a href="/timeline/events/talks-open/">← Talks open</a>');
  });

  it("writes hostile text as text, in the head and in the body", () => {
    const story: Story = {
      ...fixture,
      title: HOSTILE,
      sources: {
        ...fixture.sources,
        gazette: { ...fixture.sources.gazette!, url: "javascript:alert(1)", publisher: HOSTILE },
      },
      events: fixture.events.map((e) => ({
        ...e,
        title: HOSTILE,
        summary: HOSTILE,
        place: HOSTILE,
        quotes: e.quotes.map((q) => ({ ...q, text: HOSTILE, speaker: HOSTILE })),
      })),
    };
    const hostile = buildStoryModel(story);
    const out = renderEventPage(SHELL, hostile, hostile.byId.get("talks-open")!, site);
    const escaped = escapeHtml(HOSTILE);
    expect(out).not.toContain("<script>alert");
    expect(out).not.toContain("javascript:");
    expect(out).toContain(`<title>${escaped} · ${escaped}</title>`);
    expect(meta(out, "og:title")).toBe(escaped);
    expect(out).toContain(`<h1>${escaped}</h1>`);
    expect(out).toContain(`“${escaped}”`);
    // A source whose URL is not http(s) is named, not linked.
    expect(out).toContain(`Source: ${escaped}</p>`);
    // Replacement patterns in the data are not expanded.
    expect(out).toContain("$&amp; $1");
  });

  it("cuts a long description at a word", () => {
    const long = "word ".repeat(100);
    expect(shorten(long).length).toBeLessThanOrEqual(200);
    expect(shorten(long)).toMatch(/word…$/);
    expect(shorten("short")).toBe("short");
  });
});

describe("sources on share pages", () => {
  const withCopy: Story = {
    ...fixture,
    corrections: ["Some reports misquote the minister."],
    sources: {
      ...fixture.sources,
      gazette: {
        ...fixture.sources.gazette!,
        url: "https://www.copies.example/gazette",
        copy: { kind: "copy" },
        archived: ["https://archive.example/gazette"],
      },
    },
  };
  const copies = buildStoryModel(withCopy);

  it("say which site a copy opens, wherever the source is named, and link the kept copies", () => {
    const out = renderEventPage(SHELL, copies, copies.byId.get("conditions-set")!, site);
    const label = `${escapeHtml(fixture.sources.gazette!.publisher)}, copy at copies.example`;
    expect(out).toContain(`rel="noopener">${label}</a>`);
    expect(out).toContain(`${label}:`);
    expect(out).toContain(
      '<a href="https://archive.example/gazette" rel="noopener">copy at archive.example</a>',
    );
  });

  it("close the start page's about text with the corrections", () => {
    const page = renderStartPage(SHELL, copies, site);
    expect(page).toContain("<h3>Corrections to reports of these events</h3>");
    expect(page).toContain("<p>Some reports misquote the minister.</p>");
  });
});

describe("the start page and 404.html", () => {
  it("lists the whole chronology, each event linking to its page", () => {
    const page = renderStartPage(SHELL, model, site);
    expect(page).toContain("<title>A small fixture story</title>");
    expect(meta(page, "og:type")).toBe("website");
    for (const e of model.events) {
      expect(page).toContain(`<a href="/timeline/events/${e.id}/">${escapeHtml(e.title)}</a>`);
    }
  });

  it("gives a story past 1,000 events a light chronology, for readers without JavaScript only", () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...fixture.events[0]!, id: `e-${i}` }));
    const long = buildStoryModel({ ...fixture, events: many });
    const page = renderStartPage(SHELL, long, site);
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(page)?.[1] ?? "";
    expect(noscript).toContain('<a href="/timeline/events/e-1000/">Talks open</a>');
    expect(page.replace(noscript, "")).not.toContain("<li>");
    expect(page).not.toContain("North and South meet.");
    const small = renderStartPage(SHELL, model, site);
    expect(small).toContain("North and South meet.");
    expect(small).not.toContain("<noscript>");
  });

  it("404.html is the shell, saying the page is not there", () => {
    const page = renderNotFoundPage(SHELL, "A small fixture story", site);
    expect(page).toContain("<title>Page not found · A small fixture story</title>");
    expect(page).toContain(
      '<script type="module" crossorigin src="/timeline/assets/index-abc.js">',
    );
    expect(page).toContain('<a href="/timeline/">Go to A small fixture story</a>');
  });

  it("refuses a shell without a <title> or an empty #root", () => {
    expect(() => fillShell("<html></html>", html``, html``)).toThrow(/title/);
  });
});

describe("dates on share pages", () => {
  const story = structuredClone(fixture);
  story.events[0]!.displayDate = "Spring 2025";
  story.events[0]!.quotes[0]!.date = "-0500";
  const dated = buildStoryModel(story);
  const page = renderEventPage(SHELL, dated, dated.byId.get("talks-open")!, site);

  it("shows an event's display date in place of the formatted date, keeping the date in <time>", () => {
    expect(page).toContain('<time datetime="2025-03-11">Spring 2025</time>');
    expect(page).toMatch(/class="static-meta">\s*<time datetime="2025-03-11">Spring 2025</);
    expect(meta(page, "og:description")).toMatch(/^Spring 2025, Geneva\./);
    expect(renderStartPage(SHELL, dated, site)).toContain(
      '<time datetime="2025-03-11">Spring 2025</time>',
    );
  });

  it("shows a quote's BCE year as readers write it, and a source's date from the model", () => {
    expect(page).toContain('<time datetime="-0500">501 BCE</time>');
    expect(page).toContain('<time datetime="2025-03-11">11 March 2025</time>');
  });
});

describe("the share page of an event without a source", () => {
  it('says "No source cited" where the sources would be', () => {
    const story: Story = {
      ...fixture,
      events: fixture.events.map((e) =>
        e.id === "talks-open" ? { ...e, sources: [], quotes: [] } : e,
      ),
    };
    const unsourced = buildStoryModel(story);
    const out = renderEventPage(SHELL, unsourced, unsourced.byId.get("talks-open")!, site);
    expect(out).toMatch(/<h2>Sources<\/h2>\s*<p>No source cited<\/p>/);
    const cited = renderEventPage(SHELL, model, event("talks-open"), site);
    expect(cited).not.toContain("No source cited");
  });
});
