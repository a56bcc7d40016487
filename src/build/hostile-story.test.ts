import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPath } from "../core/json-text.ts";
import { validateStoryText } from "../core/validate.ts";

/**
 * e2e/fixtures/hostile-story.json carries script-injection payloads, odd Unicode and huge strings
 * in every text field. The validator must name every field holding HTML and every source URL that
 * is not http(s); what it is expected to name is worked out from the fixture itself, so a payload
 * the validator misses fails the test. (e2e/hostile.spec.ts renders the same file unvalidated.)
 */

const FILE = "e2e/fixtures/hostile-story.json";
const text = readFileSync(new URL(`../../${FILE}`, import.meta.url), "utf8");
const story: unknown = JSON.parse(text);

/** Every string in the file with its JSON path, as the validator writes paths. */
function leaves(value: unknown, path: (string | number)[] = []): [string, string][] {
  if (typeof value === "string") return [[formatPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

/** The story's plain-text fields (see src/core/schema.ts: every field built from `text`). */
const TEXT_FIELDS = [
  /^title$/,
  /^description$/,
  /^about\[\d+\]$/,
  /^actors\[\d+\]\.name$/,
  /^phases\[\d+\]\.title$/,
  /^sources\.[\w-]+\.(title|publisher)$/,
  /^events\[\d+\]\.(title|summary|place|note)$/,
  /^events\[\d+\]\.quotes\[\d+\]\.(text|speaker|role|asReported)$/,
  /^events\[\d+\]\.accounts\[\d+\]\.text$/,
];
const URL_FIELD = /^sources\.[\w-]+\.url$/;
/** Ids, dates, codes and references: strings the schema constrains to a pattern of its own. */
const CODED_FIELD =
  /(^\$schema|^focus|\.id|\.date|\.published|\.color|\.language|\.source|\.actor|\.actors\[\d+\]|\.tags\[\d+\]|\.sources\[\d+\])$/;

const PAYLOADS: Record<string, (s: string) => boolean> = {
  "<script>": (s) => s.includes("<script>"),
  "<img onerror>": (s) => s.includes("<img src=x onerror="),
  '"><svg onload>': (s) => s.includes('"><svg onload='),
  "javascript:": (s) => /javascript:/i.test(s),
  "data: URL": (s) => s.includes("data:text/html,"),
  "HTML entities": (s) => /&(lt|gt|amp|#\d+);/.test(s),
  "bidi override": (s) => s.includes("\u202E"),
  "zero-width characters": (s) => s.includes("\u200B") && s.includes("\u200D"),
  "10,000 characters": (s) => s.length >= 10_000,
  emoji: (s) => /\p{Extended_Pictographic}/u.test(s),
  Cyrillic: (s) => /\p{Script=Cyrillic}/u.test(s),
  Arabic: (s) => /\p{Script=Arabic}/u.test(s),
  "<iframe src=javascript:>": (s) => s.includes("<iframe src=javascript:"),
  "<style>": (s) => s.includes("<style>"),
  "template expressions": (s) => s.includes("{{constructor.constructor(") && s.includes("${"),
  "attribute break-out": (s) => s.includes("' onmouseover='"),
};

/** What the validator refuses in a text field: a tag opener or a character reference. */
const hasHtml = (s: string) => /<[a-z/!?]/i.test(s) || /&(#\d+|#x[\da-f]+|[a-z]\w*);/i.test(s);
const isHttp = (s: string) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);

const all = leaves(story);
const textFields = all.filter(([path]) => TEXT_FIELDS.some((re) => re.test(path)));
const urlFields = all.filter(([path]) => URL_FIELD.test(path));
const htmlPaths = textFields.filter(([, s]) => hasHtml(s)).map(([path]) => path);
const badUrlPaths = urlFields.filter(([, s]) => !isHttp(s)).map(([path]) => path);

describe("the hostile fixture story", () => {
  it("has no string field the test does not know", () => {
    const unknown = all
      .map(([path]) => path)
      .filter((p) => ![...TEXT_FIELDS, URL_FIELD, CODED_FIELD].some((re) => re.test(p)));
    expect(unknown).toEqual([]);
  });

  it("carries a payload in every text field", () => {
    const plain = textFields.filter(([, s]) => !Object.values(PAYLOADS).some((is) => is(s)));
    expect(plain.map(([path]) => path)).toEqual([]);
    expect(textFields.length).toBeGreaterThanOrEqual(40);
  });

  it.each(Object.entries(PAYLOADS))("carries the payload %s", (_name, is) => {
    expect(textFields.some(([, s]) => is(s))).toBe(true);
  });

  it("has source URLs that are javascript: and data: URLs", () => {
    expect(badUrlPaths.length).toBeGreaterThanOrEqual(3);
    expect(urlFields.some(([, s]) => s.startsWith("javascript:"))).toBe(true);
    expect(urlFields.some(([, s]) => s.startsWith("data:"))).toBe(true);
  });
});

describe("validating the hostile fixture story", () => {
  const result = validateStoryText(FILE, text);
  const problems = result.ok ? [] : result.problems;

  it("is refused", () => {
    expect(result.ok).toBe(false);
    expect(htmlPaths.length).toBeGreaterThanOrEqual(25);
  });

  it("names every text field that holds HTML, and nothing else as HTML", () => {
    const named = problems.filter((p) => p.message.includes("must be plain text, not HTML"));
    expect(named.map((p) => p.path).sort()).toEqual([...htmlPaths].sort());
  });

  it("names every source URL that is not http(s)", () => {
    const named = problems.filter((p) => p.message.includes("http(s) URL"));
    expect(named.map((p) => p.path).sort()).toEqual([...badUrlPaths].sort());
  });

  it("finds nothing else wrong: apart from its payloads the story is well formed", () => {
    const other = problems.filter(
      (p) => !htmlPaths.includes(p.path) && !badUrlPaths.includes(p.path),
    );
    expect(other).toEqual([]);
  });

  it("points each problem at its field's value in the file", () => {
    const lines = text.split("\n");
    const value = new Map(all);
    for (const p of problems) {
      const rest = (lines[p.line - 1] ?? "").slice(p.col - 1);
      const literal = /^"(?:[^"\\]|\\.)*"/.exec(rest)?.[0] ?? "";
      expect(literal && JSON.parse(literal), `${p.path} at ${p.line}:${p.col}`).toBe(
        value.get(p.path),
      );
    }
  });
});
