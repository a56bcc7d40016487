import {
  createScanner,
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";
import { dateHint, didYouMean } from "./hints.ts";
import { storySchema } from "./schema.ts";
import { keyMomentProblems, outletProblems } from "./source-checks.ts";
import type { Story } from "./schema.ts";
import { storyWarnings } from "./story-warnings.ts";
import { updateProblems } from "./update-checks.ts";

/**
 * The one boundary for story files: text in, a complete `Story` or every problem out. Each problem
 * names the file, the line and column, the JSON path and what is wrong, so an editor can act on it.
 * The build and `npm run validate` both call this; the browser only ever sees validated data.
 */

export interface Problem {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

/**
 * `warnings` are what may stand while a story is edited but not when it is published (see
 * story-warnings.ts); they never make a result fail unless `strictResult` is applied.
 */
export type ValidationResult =
  | { ok: true; story: Story; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

const byPosition = (a: Problem, b: Problem) => a.line - b.line || a.col - b.col;

/** Strict mode, for publishing: every warning is a problem. */
export function strictResult(result: ValidationResult): ValidationResult {
  if (result.warnings.length === 0) return result;
  const problems = [...(result.ok ? [] : result.problems), ...result.warnings].sort(byPosition);
  return { ok: false, problems, warnings: [] };
}

/** Story files larger than this are refused before parsing (a story is kilobytes, not megabytes). */
export const MAX_BYTES = 10 * 1024 * 1024;

type Path = (string | number)[];

/** `events[3].quotes[0].source`, `sources["some source"].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$-]*$/.test(key)) {
      out += out ? `.${key}` : key;
    } else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || "(root)";
}

/**
 * Line and column of an offset. The line starts are found once per file and each lookup is a binary
 * search, so a file with many problems costs one pass, not one pass per problem.
 */
function lineFinder(text: string): (offset: number) => { line: number; col: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    // The last line start at or before the offset (a newline belongs to the line it ends).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - (starts[low] ?? 0) + 1 };
  };
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  ${p.message}`;
}

/** A warning in the same form, marked so it is not read as an error. */
export function formatWarning(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  warning: ${p.message}`;
}

export function validateStoryText(file: string, text: string): ValidationResult {
  const lineCol = lineFinder(text);
  const at = (offset: number, path: string, message: string): Problem => ({
    file,
    ...lineCol(offset),
    path,
    message,
  });
  let warnings: Problem[] = [];
  const fail = (...problems: Problem[]): ValidationResult => ({
    ok: false,
    problems: problems.sort(byPosition),
    warnings,
  });

  if (text.length > MAX_BYTES) {
    return fail(
      at(0, "(root)", `file is ${text.length} bytes; a story file may be at most ${MAX_BYTES}`),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return fail(
      at(0, "(root)", "file starts with a byte-order mark; save it as UTF-8 without BOM"),
    );
  }
  if (text.trim() === "") return fail(at(0, "(root)", "file is empty; expected a JSON object"));

  const deep = tooDeepAt(text);
  if (deep >= 0) {
    return fail(
      at(deep, "(json)", `nested more than ${MAX_DEPTH} levels deep; a story needs a few`),
    );
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    // After the first syntax error the parser's guesses cascade; the first is the one to fix.
    const [offset, message] = syntaxError(text, errors[0]);
    return fail(at(offset, "(json)", `invalid JSON: ${message}`));
  }

  const nodeAt = (path: Path): Node | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n));
      if (node) {
        // For a missing key, point at the object that lacks it; for a present key, at its value.
        return node;
      }
    }
    return undefined;
  };
  const problemAt = (path: Path, message: string): Problem =>
    at(nodeAt(path)?.offset ?? 0, formatPath(path), message);
  const lineOf = (path: Path): number => lineCol(nodeAt(path)?.offset ?? 0).line;

  const value: unknown = getNodeValue(root);
  const parsed = storySchema.safeParse(value, { reportInput: true });
  const references = [
    ...duplicateKeys(root).map(([offset, path]) =>
      at(
        offset,
        formatPath(path),
        `duplicate key ${JSON.stringify(path.at(-1))}: JSON keeps only the last, so the first is lost`,
      ),
    ),
    ...crossReferenceProblems(value, lineOf).map(([path, message]) => problemAt(path, message)),
  ];
  warnings = storyWarnings(value)
    .map(([path, message]) => problemAt(path, message))
    .sort(byPosition);
  if (!parsed.success) {
    return fail(
      ...parsed.error.issues.map((issue) => {
        const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
        const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
        if (keys.length > 0) {
          return problemAt(
            [...path, keys[0] ?? ""],
            `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => JSON.stringify(k)).join(", ")}`,
          );
        }
        return problemAt(path, describeIssue(issue.message, issue.code, issue.input));
      }),
      ...references,
    );
  }
  return references.length > 0 ? fail(...references) : { ok: true, story: parsed.data, warnings };
}

/** Deeper nesting than any story needs; it also keeps the recursive parser off the stack limit. */
const MAX_DEPTH = 100;

// jsonc-parser's SyntaxKind, a const enum its types declare and isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/**
 * Offset of the first `{` or `[` that opens level MAX_DEPTH + 1, or -1. The tokens come from the
 * parser's own scanner, so strings and comments are skipped exactly as the parser skips them. A
 * closer pops only a container of its own kind: the parser, too, leaves a container only at its own
 * closer (a stray one is skipped as an error), so this depth is never below the parser's recursion
 * depth, whatever the text, and with it parseTree, the tree walks and the schema stay bounded.
 */
function tooDeepAt(text: string): number {
  const scanner = createScanner(text, true);
  const open: number[] = [];
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (open.push(token) > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (
      (token === CLOSE_BRACE && open.at(-1) === OPEN_BRACE) ||
      (token === CLOSE_BRACKET && open.at(-1) === OPEN_BRACKET)
    ) {
      open.pop();
    }
  }
  return -1;
}

/** JSON lets a key appear twice and keeps the last value: in a story that silently drops data. */
function duplicateKeys(node: Node, path: Path = []): [number, Path][] {
  const found: [number, Path][] = [];
  if (node.type === "object") {
    const seen = new Set<unknown>();
    for (const [key, value] of (node.children ?? []).map((p) => p.children ?? [])) {
      if (!key) continue;
      if (seen.has(key.value)) found.push([key.offset, [...path, String(key.value)]]);
      seen.add(key.value);
      if (value) found.push(...duplicateKeys(value, [...path, String(key.value)]));
    }
  } else if (node.type === "array") {
    node.children?.forEach((child, i) => found.push(...duplicateKeys(child, [...path, i])));
  }
  return found;
}

/** Where a syntax error is and what it is, in the words of someone editing JSON by hand. */
function syntaxError(text: string, e: ParseError | undefined): [number, string] {
  if (!e) return [0, "the file cannot be parsed"];
  const next = text[e.offset] ?? "";
  if (text.slice(e.offset).trim() === "") {
    return [e.offset, "the file ends in the middle of the JSON (is its end missing?)"];
  }
  const before = text.slice(0, e.offset).trimEnd();
  if (before.endsWith(",") && (next === "}" || next === "]")) {
    return [before.length - 1, `remove the “,” before “${next}” (JSON allows no trailing comma)`];
  }
  if (printParseErrorCode(e.error) === "CommaExpected") {
    // Point at the end of the line that lacks the comma, not at the start of the next one.
    return [before.length, "expected “,” after this value"];
  }
  if (printParseErrorCode(e.error) === "InvalidSymbol" && next.trim()) {
    const hint = next === "'" ? " (JSON strings and keys take double quotes)" : "";
    return [e.offset, `unexpected character “${next}”${hint}`];
  }
  return [e.offset, describeParseError(e)];
}

function describeParseError(e: ParseError): string {
  const names: Record<string, string> = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "malformed number",
    PropertyNameExpected: "expected a quoted property name",
    ValueExpected: "expected a value",
    ColonExpected: "expected “:”",
    CommaExpected: "expected “,”",
    CloseBraceExpected: "expected “}”",
    CloseBracketExpected: "expected “]”",
    EndOfFileExpected: "unexpected text after the end",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unterminated comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid \\u escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in string (control characters must be escaped)",
  };
  const code = printParseErrorCode(e.error);
  return names[code] ?? code;
}

function describeIssue(message: string, code: string, input: unknown): string {
  if (code === "invalid_type" && input === undefined) return "is required";
  return (code === "custom" && dateHint(input)) || message;
}

type Found = [Path, string];

const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (x !== null && typeof x === "object" ? x : {}) as Record<string, unknown>)
    : [];
const strings = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * What a schema cannot see: unique ids and references between parts of the story. It reads the raw
 * value defensively, so a file with schema errors still gets its duplicate ids and dangling
 * references reported in the same run.
 */
export function crossReferenceProblems(value: unknown, lineOf?: (path: Path) => number): Found[] {
  const found: Found[] = [];
  const story = (value !== null && typeof value === "object" ? value : {}) as Record<
    string,
    unknown
  >;
  const actors = records(story.actors);
  const events = records(story.events);
  const actorIds = new Set(actors.map((a) => a.id));
  const sources = story.sources;
  const sourceIds = new Set(
    sources !== null && typeof sources === "object" ? Object.keys(sources) : [],
  );

  const duplicates = (kind: string, list: Record<string, unknown>[], key: string) => {
    const first = new Map<unknown, number>();
    list.forEach(({ id }, i) => {
      if (typeof id !== "string") return;
      const seen = first.get(id);
      if (seen === undefined) first.set(id, i);
      else found.push([[key, i, "id"], duplicateMessage(kind, id, [key, seen, "id"], lineOf)]);
    });
  };
  duplicates("actor", actors, "actors");
  duplicates("phase", records(story.phases), "phases");
  duplicates("event", events, "events");

  const actorRef = (path: Path, id: unknown) => {
    if (typeof id === "string" && !actorIds.has(id)) {
      const known = actorIds.size > 0 ? ` or use one of ${[...actorIds].join(", ")}` : "";
      found.push([
        path,
        `unknown actor "${id}"${didYouMean(id, actorIds)}; add it to "actors"${known}`,
      ]);
    }
  };
  const sourceRef = (path: Path, id: unknown) => {
    if (typeof id === "string" && !sourceIds.has(id)) {
      found.push([path, `unknown source "${id}"${didYouMean(id, sourceIds)}; add it to "sources"`]);
    }
  };

  events.forEach((event, i) => {
    const cited = strings(event.sources);
    strings(event.actors).forEach((a, j) => actorRef(["events", i, "actors", j], a));
    cited.forEach((s, j) => sourceRef(["events", i, "sources", j], s));
    records(event.quotes).forEach((q, j) => {
      const path: Path = ["events", i, "quotes", j, "source"];
      sourceRef(path, q.source);
      if (typeof q.source === "string" && sourceIds.has(q.source) && !cited.includes(q.source)) {
        found.push([
          path,
          `source "${q.source}" is quoted but missing from this event's "sources"`,
        ]);
      }
    });
    records(event.accounts).forEach((a, j) => {
      actorRef(["events", i, "accounts", j, "actor"], a.actor);
      sourceRef(["events", i, "accounts", j, "source"], a.source);
    });
  });
  found.push(...outletProblems(story), ...keyMomentProblems(story), ...updateProblems(story));
  return found;
}

/** `duplicate event id "x" (first used at events[2], line 40): give one of them another id`. */
function duplicateMessage(
  kind: string,
  id: string,
  first: Path,
  lineOf: ((path: Path) => number) | undefined,
): string {
  const where = formatPath(first.slice(0, 2));
  const line = lineOf ? `, line ${lineOf(first)}` : "";
  return `duplicate ${kind} id "${id}" (first used at ${where}${line}); give one of them another id`;
}
