import { describe, expect, it } from "vitest";
import { fuzzLinks } from "../../e2e/url-fuzzer.ts";
import { SLUG } from "./ids.ts";
import { formatViewUrl, parseViewUrl } from "./url.ts";
import type { ViewState } from "./url.ts";

const ORIGIN = "https://example.org";
const LINKS = 10_000;

/** What the browser hands the app for a link: its location, after the URL parser's clean-up. */
function location(href: string): { pathname: string; search: string } {
  // Appended, not resolved: "//x" on the site is a path there, not another host.
  const url = new URL(ORIGIN + href);
  return { pathname: url.pathname, search: url.search };
}

/** The link as typed, split by hand: nothing normalised, escaped or resolved. */
function raw(href: string): { pathname: string; search: string } {
  const withoutHash = href.split("#")[0] ?? "";
  const at = withoutHash.indexOf("?");
  return at < 0
    ? { pathname: withoutHash, search: "" }
    : { pathname: withoutHash.slice(0, at), search: withoutHash.slice(at) };
}

/** A view the app can hold: every field within the limits the parser promises. */
function expectWellFormed(view: ViewState): void {
  expect(view.eventId === undefined || (view.eventId !== "" && view.eventId.length <= 200)).toBe(
    true,
  );
  expect([...view.actors, ...view.tags].every((s) => SLUG.test(s))).toBe(true);
  expect(new Set(view.actors).size).toBe(view.actors.length);
  expect(view.q.length).toBeLessThanOrEqual(500);
  if (view.window) expect(view.window.start.getTime()).toBeLessThan(view.window.end.getTime());
}

/** 20,000 parses a test: 5–13 s measured on the shared two-core machine, past Vitest's 5 s default. */
const FUZZ_TIMEOUT_MS = 60_000;

describe(`parseViewUrl over ${LINKS.toLocaleString("en")} fuzzed links`, () => {
  for (const base of ["/", "/timeline/"]) {
    const links = fuzzLinks(base === "/" ? 1 : 2, LINKS).map((link) => base + link);

    it(
      `never throws and always gives a well-formed view (base ${base})`,
      () => {
        for (const link of links) {
          for (const parts of [location(link), raw(link)]) {
            let view: ViewState | undefined;
            expect(() => (view = parseViewUrl(parts, base)), link).not.toThrow();
            expectWellFormed(view!);
          }
        }
      },
      FUZZ_TIMEOUT_MS,
    );

    it(
      `writes back every view it reads as a link that reads the same (base ${base})`,
      () => {
        for (const link of links) {
          const view = parseViewUrl(location(link), base);
          const written = formatViewUrl(view, base);
          expect(parseViewUrl(location(written), base), `${link} → ${written}`).toEqual(view);
          expect(formatViewUrl(parseViewUrl(location(written), base), base)).toBe(written);
        }
      },
      FUZZ_TIMEOUT_MS,
    );
  }

  it("reads the same links on every run", () => {
    expect(fuzzLinks(1, 3)).toEqual(fuzzLinks(1, 3));
    expect(fuzzLinks(1, 3)).not.toEqual(fuzzLinks(2, 3));
  });
});

describe("windows a link could not write back, found by the fuzzer, are ignored", () => {
  const windowOf = (query: string) => parseViewUrl(location(`/?${query}`), "/").window;
  const CASES: Record<string, string> = {
    // 9999-12-31 in UTC−12 is the year 10000 in Los Angeles, which no URL instant can name.
    "an end past the year 9999 in the reader's zone": "from=2025-03-01&to=9999-12-31T23:59-12:00",
    // Los Angeles kept its local mean time (UTC−7:52:58) until 1883: written to the minute, the
    // instant would move by 2 seconds.
    "an instant whose local time has seconds": "from=1683-09-12T00:00Z&to=2025-03-15",
  };
  for (const [name, query] of Object.entries(CASES)) {
    it(`ignores ${name}`, () => {
      expect(windowOf(query)).toBeUndefined();
    });
  }

  it("reads the year 0 (1 BCE) and years before it, which it now writes back with their sign", () => {
    const start = new Date(2000, 0, 1);
    start.setFullYear(0, 0, 1);
    expect(windowOf("from=0000-01-01&to=2025-03-15")?.start).toEqual(start);
    start.setFullYear(-500, 0, 1);
    expect(windowOf("from=-0500-01-01&to=2025-03-15")?.start).toEqual(start);
  });

  it("still reads instants with an offset that it can write back", () => {
    expect(windowOf("from=2025-03-01T12:00Z&to=1683-09-13")).toBeUndefined();
    expect(windowOf("from=1683-09-12&to=2025-03-01T12:00%2B03:00")).toEqual({
      start: new Date(1683, 8, 12),
      end: new Date(Date.UTC(2025, 2, 1, 9)),
    });
  });
});
