import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.ts";

// The story schema's "no HTML" rule, as in src/core/schema.ts.
const HTML = /<[a-zA-Z/!?]|&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#x[0-9a-fA-F]+);/;

describe("htmlToText", () => {
  it("strips tags and collapses whitespace", () => {
    expect(htmlToText("Delegations  from <b>North</b>\n and <i>South</i> meet.").text).toBe(
      "Delegations from North and South meet.",
    );
  });

  it("keeps paragraphs apart with a blank line and <br> as a newline", () => {
    expect(htmlToText("<p>One.</p>\n<p>Two<br/>lines.</p>").text).toBe("One.\n\nTwo\nlines.");
  });

  it("decodes named, decimal and hexadecimal entities", () => {
    expect(
      htmlToText("Talks &amp; truce &mdash; it&#8217;s&nbsp;on, caf&eacute; &#x263A;").text,
    ).toBe("Talks & truce — it’s on, café ☺");
  });

  it("reads &#146; as the curly apostrophe Windows-1252 put there", () => {
    expect(htmlToText("it&#146;s").text).toBe("it’s");
  });

  it("drops scripts, styles, comments and embeds with their content", () => {
    const html =
      'Before<!-- note --><script>alert(1)</script><style>p{}</style><iframe src="x">no</iframe> after';
    expect(htmlToText(html).text).toBe("Before after");
  });

  it("keeps links with their text and href, entities in the href decoded", () => {
    const { text, links } = htmlToText(
      "Read <a href=\"https://example.org/a?x=1&amp;y=2\">the report</a> and <a href='https://example.net/b'>more</a>.",
    );
    expect(text).toBe("Read the report and more.");
    expect(links).toEqual([
      { href: "https://example.org/a?x=1&y=2", text: "the report" },
      { href: "https://example.net/b", text: "more" },
    ]);
  });

  it("finds bare URLs in the text, without the sentence's closing punctuation", () => {
    const { links } = htmlToText(
      "See https://example.org/a. Or (https://en.wikipedia.org/wiki/Hijra_(Islam)).",
    );
    expect(links.map((l) => l.href)).toEqual([
      "https://example.org/a",
      "https://en.wikipedia.org/wiki/Hijra_(Islam)",
    ]);
  });

  it("writes a literal “<” before a letter and a literal entity so they cannot read as HTML, and says so", () => {
    const { text, notes } = htmlToText(
      "a<b and &amp;lt;b&amp;gt; and &bogus; and AT&T and 1 &lt; 2",
    );
    expect(text).toBe("a < b and & lt;b& gt; and & bogus; and AT&T and 1 < 2");
    expect(text).not.toMatch(HTML);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toMatch(/“<” followed by a letter/);
    expect(notes[1]).toMatch(/“&lt;” would read as an HTML entity/);
  });

  it("returns empty text for an empty string", () => {
    expect(htmlToText("")).toEqual({ text: "", links: [], notes: [] });
  });
});
