import { describe, expect, it } from "vitest";
import { validStory } from "./fixtures/mutable-story.ts";
import { validateStoryText } from "./validate.ts";

const problemsOf = (text: string) => {
  const result = validateStoryText("f.json", text);
  return result.ok ? [] : result.problems;
};

describe("nesting deeper than a story needs", () => {
  it.each([
    ["after a comment holding a quote", '// "\n' + "[".repeat(5000), 2],
    ["after a block comment holding a quote", '/* " */\n' + "[".repeat(100_000), 2],
    ["inside a string's value", '{"a": "\\"", "b": ' + "{".repeat(100_000), 1],
    ["after a stray closer of the other kind", "[}".repeat(3) + ",[}".repeat(100_000), 1],
    ["behind closers that close nothing", "]".repeat(50_000) + "[".repeat(100_000), 1],
    ["in arrays of objects", '[{"a":'.repeat(60_000), 1],
  ])("is reported with its line, %s, without a stack overflow", (_name, text, line) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "f.json", line, path: "(json)" });
    expect(problems[0]?.message).toContain("nested more than 100 levels deep");
  });

  it("is allowed up to a hundred levels, where the file is judged on its content", () => {
    const problems = problemsOf("[".repeat(100) + "]".repeat(100));
    expect(problems.map((p) => p.message)).toEqual([
      "Invalid input: expected object, received array",
    ]);
  });

  it("is counted past brackets inside strings and comments", () => {
    const s = validStory();
    s.events[0]!.summary = "[".repeat(500);
    const text = `// ${"{".repeat(500)}\n${JSON.stringify(s)}`;
    expect(problemsOf(text).map((p) => p.message)).toEqual([
      "invalid JSON: comments are not allowed in JSON",
    ]);
  });
});

describe("the line and column of each problem", () => {
  it("are right for thousands of problems in one file", () => {
    const s = validStory();
    const event = s.events[1]!;
    s.events = Array.from({ length: 2000 }, (_, i) => ({ ...event, id: `e-${i}`, actors: ["x"] }));
    const text = JSON.stringify(s, null, 2);
    const lines = text.split("\n");
    const problems = problemsOf(text);
    expect(problems).toHaveLength(2000);
    let previous = 0;
    for (const p of problems) {
      expect(lines[p.line - 1]?.slice(p.col - 1)).toBe('"x"');
      expect(p.line).toBeGreaterThan(previous);
      previous = p.line;
    }
  });

  it("count a newline as the end of its line, with CRLF too", () => {
    const text = '{\r\n  "title": 1\r\n}';
    const problem = problemsOf(text).find((p) => p.path === "title");
    expect(problem).toMatchObject({ line: 2, col: 12, path: "title" });
  });
});
