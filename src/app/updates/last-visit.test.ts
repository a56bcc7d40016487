import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { beginVisit, SAME_VISIT_MS } from "./last-visit.ts";

/** A Storage over a Map: the unit tests run without a browser. */
function fakeStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const at = (iso: string) => new Date(iso);

describe("the reader's last visit", () => {
  beforeEach(() => vi.stubGlobal("window", { localStorage: fakeStorage() }));
  afterEach(() => vi.unstubAllGlobals());

  it("is unknown on a first visit, so nothing is marked", () => {
    expect(beginVisit("story", at("2025-03-20T09:00Z"))).toBeUndefined();
  });

  it("is when the reader was last seen, on a visit after a break", () => {
    beginVisit("story", at("2025-03-20T09:00Z"));
    expect(beginVisit("story", at("2025-03-22T09:00Z"))).toEqual(at("2025-03-20T09:00Z"));
  });

  it("stays the same over a reload within the same visit, so the marks stay", () => {
    beginVisit("story", at("2025-03-20T09:00Z"));
    beginVisit("story", at("2025-03-22T09:00Z"));
    const reload = new Date(at("2025-03-22T09:00Z").getTime() + SAME_VISIT_MS - 1000);
    expect(beginVisit("story", reload)).toEqual(at("2025-03-20T09:00Z"));
  });

  it("is kept per story", () => {
    beginVisit("one", at("2025-03-20T09:00Z"));
    expect(beginVisit("two", at("2025-03-22T09:00Z"))).toBeUndefined();
  });

  it("is unknown when storage holds something else or refuses access", () => {
    window.localStorage.setItem("news-timeline:last-visit:story", "{not json");
    expect(beginVisit("story", at("2025-03-22T09:00Z"))).toBeUndefined();
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
    });
    expect(beginVisit("story", at("2025-03-23T09:00Z"))).toBeUndefined();
  });
});
