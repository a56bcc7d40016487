import { describe, expect, it } from "vitest";
import type { Quote, Source } from "./schema.ts";
import { attribution, languageName, quoteCitation, readableDate } from "./citation.ts";

const quote: Quote = {
  text: "We are for it, but there are nuances.",
  speaker: "Vladimir Putin",
  role: "President of Russia",
  date: "2025-03-13",
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
    expect(readableDate("2025-03~")).toBe("c. March 2025");
    expect(readableDate("not a date")).toBe("not a date");
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
