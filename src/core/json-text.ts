import { createScanner, printParseErrorCode } from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";

/**
 * Reading a story file's JSON as an editor wrote it: where each offset stands (line and column),
 * how deep it nests, keys given twice, and syntax errors in the words of someone editing by hand.
 * Used by validate.ts, the one boundary for story files.
 */

export type Path = (string | number)[];

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
export function lineFinder(text: string): (offset: number) => { line: number; col: number } {
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

/** Deeper nesting than any story needs; it also keeps the recursive parser off the stack limit. */
export const MAX_DEPTH = 100;

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
export function tooDeepAt(text: string): number {
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
export function duplicateKeys(node: Node, path: Path = []): [number, Path][] {
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
export function syntaxError(text: string, e: ParseError | undefined): [number, string] {
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
