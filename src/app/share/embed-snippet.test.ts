import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embed-snippet.ts";

describe("embedSnippet", () => {
  it("writes an iframe of the embed's address, titled, full width, without a border", () => {
    expect(
      embedSnippet("https://example.org/embed/events/talks-open", "A small fixture story"),
    ).toBe(
      '<iframe src="https://example.org/embed/events/talks-open" title="A small fixture story"' +
        ' width="100%" height="600" style="border:0" loading="lazy"' +
        ' allow="clipboard-write; web-share"></iframe>',
    );
  });

  it("escapes the ampersands of a query, so the host's HTML gives the frame the same address", () => {
    const src = "https://example.org/embed/?from=2025-03-01&to=2025-04-01&q=a+%26+b";
    expect(embedSnippet(src, "T")).toContain(
      'src="https://example.org/embed/?from=2025-03-01&amp;to=2025-04-01&amp;q=a+%26+b"',
    );
  });

  it("keeps a title with quotes and angle brackets inside its attribute", () => {
    const title = `Talks "in" <Jeddah> & after`;
    const snippet = embedSnippet("https://example.org/embed/", title);
    expect(snippet).toContain('title="Talks &quot;in&quot; &lt;Jeddah&gt; &amp; after"');
    expect(snippet.match(/<iframe/g)).toHaveLength(1);
  });
});
