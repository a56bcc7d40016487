import { describe, expect, it } from "vitest";
import { SLUG, isId } from "./ids.ts";
import { claimUnique, slugify } from "./slug.ts";

describe("slugify", () => {
  it("lowercases Latin text and joins its words with hyphens", () => {
    expect(slugify("  Talks open in Jeddah!  ")).toBe("talks-open-in-jeddah");
    expect(slugify("Çà et là: 2025/03")).toBe("ca-et-la-2025-03");
  });

  it("drops apostrophes instead of splitting words on them", () => {
    expect(slugify("South's envoy won’t sign")).toBe("souths-envoy-wont-sign");
  });

  it("transliterates Cyrillic, Arabic and Chinese into readable, non-empty slugs", () => {
    expect(slugify("Переговоры в Джидде")).toBe("peregovory-v-dzhidde");
    expect(slugify("محادثات وقف إطلاق النار")).toBe("mhdtht-wqf-tlq-lnr");
    expect(slugify("停火谈判")).toBe("ting-huo-tan-pan");
    for (const s of ["Переговоры", "محادثات", "停火谈判", "Ελληνικά", "平和 交渉"]) {
      expect(slugify(s)).toMatch(SLUG);
    }
  });

  it("gives the same slug for the same text every time", () => {
    const headline = "Трамп и Путин: телефонный разговор";
    expect(slugify(headline)).toBe(slugify(headline));
  });

  it("returns an empty string when no letter or digit is left", () => {
    expect(slugify("!!! — ???")).toBe("");
  });

  it("cuts long text at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 20);
    expect(slug).toBe("word-word-word-word");
    expect(slugify("x".repeat(30), 10)).toBe("xxxxxxxxxx");
  });
});

describe("claimUnique", () => {
  it("numbers repeated ids -2, -3 in the order they are claimed", () => {
    const taken = new Set<string>();
    expect(["talks", "talks", "talks"].map((id) => claimUnique(id, taken))).toEqual([
      "talks",
      "talks-2",
      "talks-3",
    ]);
  });

  it("gives ids the schema accepts, for the longest text and a thousand repeats of it", () => {
    const base = slugify("Переговоры о прекращении огня ".repeat(20));
    const taken = new Set<string>();
    for (let i = 0; i < 1000; i++) expect(isId(claimUnique(base, taken))).toBe(true);
  });

  it("skips a numbered id that is already taken", () => {
    const taken = new Set(["talks", "talks-2"]);
    expect(claimUnique("talks", taken)).toBe("talks-3");
  });
});
