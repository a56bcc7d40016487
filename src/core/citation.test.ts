import { describe, expect, it } from "vitest";
import type { Source } from "./schema.ts";
import type { DatedQuote } from "./story-model.ts";
import {
  archivedLabel,
  asReportedText,
  attribution,
  languageName,
  linkedSite,
  quoteCitation,
  sourceLabel,
} from "./citation.ts";
import { formatDate, mustParseEdtf } from "./dates.ts";

const quote: DatedQuote = {
  text: "We are for it, but there are nuances.",
  speaker: "Vladimir Putin",
  role: "President of Russia",
  date: "2025-03-13",
  when: mustParseEdtf("2025-03-13"),
  source: "kremlin",
  language: "ru",
  translated: true,
};
const source: Source = {
  title: "News conference",
  publisher: "Kremlin",
  url: "http://en.kremlin.ru/events/president/news/76452",
  language: "en",
};

describe("quote text", () => {
  it("names languages in English", () => {
    expect(languageName("ru")).toBe("Russian");
    expect(languageName("uk")).toBe("Ukrainian");
  });

  it("falls back to the code for a language it cannot name", () => {
    expect(languageName("not a code")).toBe("not a code");
  });

  it("shows dates as precisely as the data gives them", () => {
    expect(formatDate(mustParseEdtf("2025-03~"))).toBe("c. March 2025");
    expect(attribution({ ...quote, when: mustParseEdtf("2025-03~") })).toContain(", c. March 2025");
    // A date that does not parse never reaches a display: the model refuses it.
    expect(() => mustParseEdtf("not a date")).toThrow('"not a date" is not an EDTF date');
  });

  it("leaves out a role the data does not give", () => {
    expect(attribution({ ...quote, role: undefined })).toBe("Vladimir Putin, 13 March 2025");
  });

  it("copies a quote with its speaker, role, date, translation and source", () => {
    expect(quoteCitation(quote, source)).toBe(
      "“We are for it, but there are nuances.” — Vladimir Putin, President of Russia, 13 March 2025 " +
        "(translated from Russian). Kremlin: http://en.kremlin.ru/events/president/news/76452",
    );
  });
});

describe("where a source's link goes", () => {
  const copy: Source = {
    title: "US Treasury confirms expiration of Russian energy financing license",
    publisher: "Reuters",
    url: "https://www.seedsforwealth.com/detail?id=37100",
    copy: { kind: "copy" },
    language: "en",
  };

  it("says nothing more than the outlet for a link on the outlet's own site", () => {
    expect(linkedSite(source)).toBeUndefined();
    expect(sourceLabel(source)).toBe("Kremlin");
  });

  it("names the site a copy opens, as readers know it (without www.)", () => {
    expect(sourceLabel(copy)).toBe("Reuters, copy at seedsforwealth.com");
  });

  it("says a republication and an archive for what they are", () => {
    expect(
      sourceLabel({ ...copy, url: "https://www.ajc.com/news/x", copy: { kind: "syndicated" } }),
    ).toBe("Reuters, republished by ajc.com");
    expect(
      linkedSite({ ...copy, url: "https://megalodon.jp/ref/x", copy: { kind: "archive" } }),
    ).toBe("archived at megalodon.jp");
  });

  it("names the site of a kept copy, and a host with a trailing dot without it", () => {
    expect(archivedLabel("https://libreddit.marty.tf/r/x")).toBe("copy at libreddit.marty.tf");
    expect(archivedLabel("https://kyivpost.com./post/48808")).toBe("copy at kyivpost.com");
  });

  it("copies a quote from a copy with the site it is on", () => {
    expect(quoteCitation(quote, copy)).toContain(
      "Reuters, copy at seedsforwealth.com: https://www.seedsforwealth.com/detail?id=37100",
    );
  });

  it("shows another report's wording without pointing at a text the reader has not seen", () => {
    expect(asReportedText("We are for it, but there are nuances")).toBe(
      "Some reports give this as: “We are for it, but there are nuances”",
    );
  });
});
