import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_NON_SLUGS, storyArbitrary } from "./fixtures/story-arbitrary.ts";
import { validateStoryText } from "./validate.ts";
import type { ValidationResult } from "./validate.ts";

/**
 * Properties of the validator (issue 14): whatever the text, it returns a story or problems that
 * each have a line, a column and a JSON path; it never throws. fast-check prints the seed and the
 * shrunk counterexample of a failure; FC_SEED=<seed> replays a run.
 */

const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const params = (numRuns: number) => ({ numRuns, ...(seed === undefined ? {} : { seed }) });

function expectWellFormed(text: string, result: ValidationResult): void {
  if (result.ok) return;
  const lines = text.split("\n").length;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe("f.json");
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `line ${p.line}`).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1, `col ${p.col}`).toBe(true);
    expect(p.path).toMatch(/\S/);
    expect(p.message).toMatch(/\S/);
  }
}

const validate = (text: string) => {
  const result = validateStoryText("f.json", text);
  expectWellFormed(text, result);
  return result;
};

/** Pieces of JSON and of what breaks it: brackets, quotes, comments, escapes, odd characters. */
const piece = fc.oneof(
  fc.constantFrom(
    ...'[]{}",:\\/*\n\r\t '.split(""),
    "//",
    "/*",
    "*/",
    '"a"',
    '"__proto__"',
    "1e999",
    "-0",
    "null",
    "true",
    "\u2028",
    "\uFEFF",
    "\uD800",
    "[".repeat(200),
    '{"a":'.repeat(150),
    // Deep enough to overflow a recursive parser's stack, behind a comment or a stray closer.
    '// "\n' + "[".repeat(20_000),
    "[}".repeat(3) + ",[}".repeat(20_000),
  ),
  fc.string({ unit: "binary", maxLength: 8 }),
);

describe("the validator on arbitrary text", () => {
  it("returns a story or problems with line and path, and never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.array(piece, { maxLength: 120 }).map((p) => p.join("")),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          validate(text);
        },
      ),
      params(1500),
    );
  }, 60_000);
});

/** One change to a story's JSON text, at a position given as a fraction of its length. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1 }), piece }),
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.double({ min: 0, max: 1 }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant("repeat" as const),
    at: fc.double({ min: 0, max: 1 }),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    kind: fc.constant("replace-value" as const),
    at: fc.double({ min: 0, max: 1 }),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(...HOSTILE_NON_SLUGS, "x".repeat(101), "&lt", "&#X3C;", "<b>", ""),
    ),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case "insert":
      return text.slice(0, at) + m.piece + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "repeat":
      return (
        text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
      );
    case "replace-value": {
      // The string value that starts at or after `at` (if any) becomes another JSON value.
      const start = text.indexOf(': "', at);
      if (start < 0) return text;
      const end = text.indexOf('"', start + 3);
      return `${text.slice(0, start + 2)}${JSON.stringify(m.value)}${text.slice(end + 1)}`;
    }
  }
}

describe("the validator on stories", () => {
  it("accepts most generated stories (else the properties below would say little)", () => {
    const stories = fc.sample(storyArbitrary(), { numRuns: 200, ...(seed ? { seed } : {}) });
    const accepted = stories.filter((s) => validate(JSON.stringify(s, null, 2)).ok);
    expect(accepted.length).toBeGreaterThan(150);
  }, 60_000);

  it("returns problems with line and path for a mutated story, and never throws", () => {
    fc.assert(
      fc.property(
        storyArbitrary(),
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (story, pretty, mutations) => {
          const text = mutations.reduce(mutate, JSON.stringify(story, null, pretty ? 2 : 0));
          validate(text);
        },
      ),
      params(400),
    );
  }, 60_000);

  it("reads back every story it accepts as the same story", () => {
    fc.assert(
      fc.property(storyArbitrary(), (story) => {
        const result = validate(JSON.stringify(story));
        if (!result.ok) return;
        const again = validate(JSON.stringify(result.story, null, 2));
        expect(again).toEqual({ ok: true, story: result.story, warnings: result.warnings });
      }),
      params(200),
    );
  }, 60_000);
});
