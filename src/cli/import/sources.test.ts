import { describe, expect, it } from "vitest";
import { createSourceRegistry, sourceIdBase } from "./sources.ts";

describe("sourceIdBase", () => {
  it("names a source after its host and path, without www", () => {
    expect(sourceIdBase("https://www.example.org/world/talks-open/?ref=x")).toBe(
      "example-org-world-talks-open",
    );
  });

  it("transliterates a percent-encoded non-Latin path", () => {
    expect(sourceIdBase("https://example.org/ru/%D0%BC%D0%B8%D1%80")).toBe("example-org-ru-mir");
  });
});

describe("createSourceRegistry", () => {
  it("keeps one source per page: the first link names it, later links reuse its id", () => {
    const sources = createSourceRegistry("en");
    expect(sources.add("https://example.org/a", "First")).toBe("example-org-a");
    expect(sources.add("https://example.org/a#part", "Second")).toBe("example-org-a");
    expect(sources.all()).toEqual({
      "example-org-a": {
        title: "First",
        publisher: "example.org",
        url: "https://example.org/a",
        language: "en",
      },
    });
  });

  it("numbers different pages whose ids would be the same", () => {
    const sources = createSourceRegistry("en");
    expect(sources.add("https://example.org/a?page=1")).toBe("example-org-a");
    expect(sources.add("https://example.org/a?page=2")).toBe("example-org-a-2");
  });

  it("uses the URL as title and the host as publisher when nothing better is known", () => {
    const sources = createSourceRegistry("uk");
    sources.add("https://example.net/x", "", undefined);
    expect(sources.all()["example-net-x"]).toEqual({
      title: "https://example.net/x",
      publisher: "example.net",
      url: "https://example.net/x",
      language: "uk",
    });
  });

  it("refuses anything but http(s)", () => {
    const sources = createSourceRegistry("en");
    expect(sources.add("mailto:desk@example.org")).toBeUndefined();
    expect(sources.add("/relative/path")).toBeUndefined();
    expect(sources.add("javascript:alert(1)")).toBeUndefined();
    expect(sources.all()).toEqual({});
  });
});
