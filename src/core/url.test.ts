import { describe, expect, it } from "vitest";
import { formatUrlInstant, parseUrlInstant } from "./dates.ts";
import { EMPTY_VIEW, formatViewUrl, parseViewUrl, quoteNumberFromHash } from "./url.ts";
import type { ViewState } from "./url.ts";

function url(href: string) {
  const parsed = new URL(href, "https://example.org");
  return { pathname: parsed.pathname, search: parsed.search };
}

const parse = (href: string, base = "/") => parseViewUrl(url(href), base);

const march = { start: new Date(2025, 2, 1), end: new Date(2025, 3, 1) };

const VIEWS: Record<string, ViewState> = {
  "the start view": EMPTY_VIEW,
  "an event": { ...EMPTY_VIEW, eventId: "talks-open" },
  "an event in a window of whole days": { ...EMPTY_VIEW, eventId: "talks-open", window: march },
  "a window with times": {
    ...EMPTY_VIEW,
    window: { start: new Date(2025, 2, 11, 12, 30), end: new Date(2025, 2, 14, 0, 5) },
  },
  "a window across the spring clock change": {
    ...EMPTY_VIEW,
    window: { start: new Date(2025, 2, 8, 23, 0), end: new Date(2025, 2, 9, 4, 0) },
  },
  "a window starting in the hour repeated in autumn": {
    ...EMPTY_VIEW,
    // 01:30 PST, the second 01:30 of 2 November 2025 in Los Angeles.
    window: { start: new Date(Date.UTC(2025, 10, 2, 9, 30)), end: new Date(2025, 10, 3) },
  },
  "a window centuries back": {
    ...EMPTY_VIEW,
    window: { start: new Date(1683, 8, 12), end: new Date(2025, 2, 18, 19, 0) },
  },
  "filters and a query": {
    ...EMPTY_VIEW,
    actors: ["russia", "united-states"],
    tags: ["ceasefire"],
    q: "ceasefire",
  },
  "a query with quotes, an ampersand and spaces": {
    ...EMPTY_VIEW,
    eventId: "putin-press-conference",
    q: 'Zelensky "nuances" & co',
  },
  "a query with every awkward character": {
    ...EMPTY_VIEW,
    q: "a+b=c?d#e/f%g,h:i;j 'k' <l> 100% Переговоры 🕊️ ",
  },
  "an id that is not a slug": { ...EMPTY_VIEW, eventId: "Ünknown id/with?odd#chars" },
  "only what is new since the last visit": { ...EMPTY_VIEW, newSince: true },
  "everything at once": {
    embed: false,
    eventId: "evening-call",
    window: march,
    actors: ["north"],
    tags: ["diplomacy", "battlefield"],
    q: "call",
    newSince: false,
  },
  "what is new, filtered and searched, on an event": {
    ...EMPTY_VIEW,
    eventId: "evening-call",
    actors: ["north"],
    q: "call",
    newSince: true,
  },
};

describe("parseViewUrl and formatViewUrl", () => {
  for (const [name, view] of Object.entries(VIEWS)) {
    it(`round-trip ${name}`, () => {
      const href = formatViewUrl(view, "/");
      expect(parse(href)).toEqual(view);
      expect(formatViewUrl(parse(href), "/")).toBe(href);
    });
    it(`round-trip ${name} under a sub-path`, () => {
      const href = formatViewUrl(view, "/timeline/");
      expect(href.startsWith("/timeline/")).toBe(true);
      expect(parse(href, "/timeline/")).toEqual(view);
    });
  }

  it("writes readable URLs", () => {
    expect(formatViewUrl(VIEWS["everything at once"]!, "/")).toBe(
      "/events/evening-call?from=2025-03-01&to=2025-04-01&actors=north&tags=diplomacy,battlefield&q=call",
    );
    expect(formatViewUrl(VIEWS["a window with times"]!, "/")).toBe(
      "/?from=2025-03-11T12:30&to=2025-03-14T00:05",
    );
    expect(formatViewUrl(VIEWS["a query with quotes, an ampersand and spaces"]!, "/tl/")).toBe(
      "/tl/events/putin-press-conference?q=Zelensky+%22nuances%22+%26+co",
    );
  });

  it("writes the new-since-your-last-visit filter as new=1, last", () => {
    expect(formatViewUrl(VIEWS["what is new, filtered and searched, on an event"]!, "/")).toBe(
      "/events/evening-call?actors=north&q=call&new=1",
    );
    expect(formatViewUrl(VIEWS["only what is new since the last visit"]!, "/tl/")).toBe(
      "/tl/?new=1",
    );
  });

  it("reads only new=1 as the new-since filter", () => {
    expect(parse("/?new=1").newSince).toBe(true);
    for (const href of ["/?new=0", "/?new=true", "/?new=", "/?new", "/?new=11", "/"])
      expect(parse(href).newSince).toBe(false);
  });

  it("reads the event from a share page's address, with or without the trailing slash", () => {
    for (const href of [
      "/events/talks-open",
      "/events/talks-open/",
      "/events/talks-open/index.html",
    ])
      expect(parse(href).eventId).toBe("talks-open");
  });

  it("reads what a browser or a person may write for a query", () => {
    expect(parse("/?q=Zelensky%20%22nuances%22%20%26%20co").q).toBe('Zelensky "nuances" & co');
    expect(parse("/?actors=north%2Csouth").actors).toEqual(["north", "south"]);
  });

  it("treats the base without its slash, other paths and other sub-paths as the start view", () => {
    expect(parse("/timeline", "/timeline/")).toEqual(EMPTY_VIEW);
    expect(parse("/elsewhere/events/talks-open", "/timeline/")).toEqual(EMPTY_VIEW);
    expect(parse("/events/talks-open/quotes")).toEqual(EMPTY_VIEW);
    expect(parse("/index.html")).toEqual(EMPTY_VIEW);
  });
});

describe("parseViewUrl ignores what it cannot read", () => {
  const ignored: Record<string, string> = {
    "a malformed escape in the path": "/events/%E0%A4%A",
    "an empty id": "/events/",
    "an id longer than any link": `/events/${"a".repeat(201)}`,
    "a from after its to": "/?from=2025-03-20&to=2025-03-01",
    "a from equal to its to": "/?from=2025-03-20&to=2025-03-20",
    "a from without a to": "/?from=2025-03-01",
    "a month 13": "/?from=2025-13-01&to=2025-12-01",
    "a 30 February": "/?from=2025-02-30&to=2025-03-02",
    "a 25th hour": "/?from=2025-03-01T25:00&to=2025-03-02",
    "a five-digit year": "/?from=20250-03-01&to=20251-03-01",
    "a number for a date": "/?from=1741000000000&to=1742000000000",
    "words for dates": "/?from=yesterday&to=tomorrow",
    "a US-style date": "/?from=03/01/2025&to=03/31/2025",
    "actors that are not slugs": "/?actors=%3Cscript%3E,North,a%20b,,",
    "a query longer than anyone types": `/?q=${"x".repeat(501)}`,
    "a malformed escape in the query": "/?q=%E0%A4%A&actors=%%%",
    "unknown parameters": "/?utm_source=news&fbclid=abc&from",
  };
  for (const [name, href] of Object.entries(ignored)) {
    it(`ignores ${name}`, () => {
      const view = parse(href);
      expect(view.window).toBeUndefined();
      expect(view.actors).toEqual([]);
      expect(view.eventId).toBeUndefined();
      expect(view.q.length).toBeLessThanOrEqual(500);
    });
  }

  it("keeps the good parts of a partly malformed link", () => {
    expect(
      parse("/events/talks-open?from=nonsense&to=2025-03-31&actors=north,%3Cb%3E,north&q=ok"),
    ).toEqual({ ...EMPTY_VIEW, eventId: "talks-open", actors: ["north"], q: "ok" });
  });

  it("ignores a parameter with a malformed escape and keeps the others", () => {
    expect(parse("/?q=%E0%A4%A&actors=north&tags=%ZZ")).toEqual({
      ...EMPTY_VIEW,
      actors: ["north"],
    });
  });

  it("takes the first of repeated parameters", () => {
    expect(parse("/?q=first&q=second").q).toBe("first");
  });
});

describe("quote anchors", () => {
  it("reads #quote-N as the Nth quote", () => {
    expect(quoteNumberFromHash("#quote-2")).toBe(2);
    expect(quoteNumberFromHash("#quote-12")).toBe(12);
  });
  it("ignores other hashes", () => {
    for (const hash of ["", "#", "#quote-0", "#quote-", "#quote-x", "#quote-99999", "#top"])
      expect(quoteNumberFromHash(hash)).toBeUndefined();
  });
});

describe("URL instants", () => {
  it("writes local midnight as a day and other times to the minute", () => {
    expect(formatUrlInstant(new Date(2025, 2, 13))).toBe("2025-03-13");
    expect(formatUrlInstant(new Date(2025, 2, 13, 9, 5, 59))).toBe("2025-03-13T09:05");
  });
  it("adds the offset only where the local time names two instants", () => {
    const secondHalfPast1 = new Date(Date.UTC(2025, 10, 2, 9, 30));
    expect(formatUrlInstant(secondHalfPast1)).toBe("2025-11-02T01:30-08:00");
    expect(parseUrlInstant("2025-11-02T01:30-08:00")).toEqual(secondHalfPast1);
  });
  it("reads days in the reader's zone", () => {
    expect(parseUrlInstant("2025-03-13")).toEqual(new Date(2025, 2, 13));
    expect(parseUrlInstant("2025-03-13T19:00")).toEqual(new Date(2025, 2, 13, 19));
  });
});

describe("the embed's URLs", () => {
  for (const [name, view] of Object.entries(VIEWS)) {
    const embedded = { ...view, embed: true };
    for (const base of ["/", "/timeline/"]) {
      it(`round-trip ${name} in the embed, base ${base}`, () => {
        const href = formatViewUrl(embedded, base);
        expect(href.startsWith(`${base}embed/`)).toBe(true);
        expect(parse(href, base)).toEqual(embedded);
        expect(formatViewUrl(parse(href, base), base)).toBe(href);
      });
    }
  }

  it("writes the page's URL with embed/ after the base", () => {
    expect(formatViewUrl({ ...EMPTY_VIEW, embed: true }, "/")).toBe("/embed/");
    expect(formatViewUrl({ ...VIEWS["everything at once"]!, embed: true }, "/tl/")).toBe(
      "/tl/embed/events/evening-call?from=2025-03-01&to=2025-04-01&actors=north&tags=diplomacy,battlefield&q=call",
    );
  });

  it("reads the embed with or without its slash, and from its static pages' addresses", () => {
    for (const href of ["/embed", "/embed/", "/embed/index.html"])
      expect(parse(href)).toEqual({ ...EMPTY_VIEW, embed: true });
    for (const href of [
      "/embed/events/talks-open",
      "/embed/events/talks-open/",
      "/embed/events/talks-open/index.html",
    ])
      expect(parse(href)).toEqual({ ...EMPTY_VIEW, embed: true, eventId: "talks-open" });
  });

  it("reads embed/ only right after the base", () => {
    expect(parse("/embedded/events/talks-open")).toEqual(EMPTY_VIEW);
    expect(parse("/events/talks-open/embed")).toEqual(EMPTY_VIEW);
    expect(parse("/timeline/embed/events/talks-open")).toEqual(EMPTY_VIEW);
    expect(parse("/embed/events/talks-open", "/timeline/")).toEqual(EMPTY_VIEW);
    expect(parse("/embed/embed/events/talks-open")).toEqual({ ...EMPTY_VIEW, embed: true });
  });

  it("leaves the embed for the full page with the same event, window, filters and query", () => {
    const inside = parse("/embed/events/talks-open?from=2025-03-01&to=2025-04-01&q=listen");
    expect(formatViewUrl({ ...inside, embed: false }, "/")).toBe(
      "/events/talks-open?from=2025-03-01&to=2025-04-01&q=listen",
    );
  });
});
