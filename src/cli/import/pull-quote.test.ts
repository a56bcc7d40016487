import { describe, expect, it } from "vitest";
import { readPullQuote, splitAttribution } from "./pull-quote.ts";

describe("readPullQuote", () => {
  it("takes the speaker and role from media.credit", () => {
    const quote = readPullQuote(
      "<blockquote>We are ready.</blockquote>",
      "A. Speaker, Envoy of South",
    );
    expect(quote).toMatchObject({
      text: "We are ready.",
      speaker: "A. Speaker",
      role: "Envoy of South",
    });
  });

  it("takes the speaker from a <cite> and leaves it out of the words", () => {
    const quote = readPullQuote(
      "<blockquote>There is no demand for quitters. <cite>C. Person, Mayor of Example</cite></blockquote>",
    );
    expect(quote).toMatchObject({
      text: "There is no demand for quitters.",
      speaker: "C. Person",
      role: "Mayor of Example",
    });
  });

  it("reads an embedded post: words, “— Name (@handle)”, its link and its language", () => {
    const quote = readPullQuote(
      '<blockquote class="post"><p lang="uk" dir="ltr">Ми готові до миру.</p>&mdash; B. Minister (@bminister) <a href="https://example.com/bminister/status/1">March 12, 2025</a></blockquote> <script src="https://example.com/w.js"></script>',
    );
    expect(quote).toMatchObject({
      text: "Ми готові до миру.",
      speaker: "B. Minister",
      language: "uk",
      url: "https://example.com/bminister/status/1",
      urlText: "March 12, 2025",
    });
  });

  it("reads a closing “- Name” line", () => {
    expect(readPullQuote("<blockquote>Peace is near. - Jane Doe</blockquote>")).toMatchObject({
      text: "Peace is near.",
      speaker: "Jane Doe",
    });
  });

  it("does not take a dash inside the words for an attribution", () => {
    const quote = readPullQuote("<blockquote>We talked - and nothing came of it</blockquote>");
    expect(quote).toMatchObject({ text: "We talked - and nothing came of it", speaker: undefined });
  });

  it("finds no speaker when there is none", () => {
    expect(
      readPullQuote("<blockquote>Words with nobody to say them.</blockquote>")?.speaker,
    ).toBeUndefined();
  });

  it("uses the blockquote's cite attribute as the quote's source", () => {
    expect(
      readPullQuote('<blockquote cite="https://example.org/speech">Yes.</blockquote>', "X")?.url,
    ).toBe("https://example.org/speech");
  });

  it("is not a pull quote without a <blockquote>", () => {
    expect(readPullQuote("https://example.org/photo.jpg")).toBeUndefined();
  });
});

describe("splitAttribution", () => {
  it("keeps a name suffix with the name", () => {
    expect(splitAttribution("Martin Luther King, Jr.")).toEqual({
      speaker: "Martin Luther King, Jr.",
      role: undefined,
    });
  });
});
