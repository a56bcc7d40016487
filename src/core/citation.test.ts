import { describe, expect, it } from "vitest";
import type { Source } from "./schema.ts";
import type { DatedQuote } from "./story-model.ts";
import { attribution, languageName, quoteCitation } from "./citation.ts";
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
