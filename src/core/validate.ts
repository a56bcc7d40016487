import { findNodeAtLocation, getNodeValue, parseTree } from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";
import { crossReferenceProblems } from "./cross-references.ts";
import { dateHint } from "./hints.ts";
import {
  duplicateKeys,
  formatPath,
  lineFinder,
  MAX_DEPTH,
  syntaxError,
  tooDeepAt,
} from "./json-text.ts";
import type { Path } from "./json-text.ts";
import type { MediaFiles } from "./media-checks.ts";
import { storySchema } from "./schema.ts";
import type { Story } from "./schema.ts";
import { storyWarnings } from "./story-warnings.ts";

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

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  ${p.message}`;
}

/** A warning in the same form, marked so it is not read as an error. */
export function formatWarning(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  warning: ${p.message}`;
}

/**
 * `mediaFiles`, where the caller can look at the disk (the build, `npm run validate`), checks that
 * every local media file is there; without it only the story's own text is checked.
 */
export function validateStoryText(
  file: string,
  text: string,
  mediaFiles?: MediaFiles,
): ValidationResult {
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
    ...crossReferenceProblems(value, lineOf, mediaFiles).map(([path, message]) =>
      problemAt(path, message),
    ),
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

function describeIssue(message: string, code: string, input: unknown): string {
  if (code === "invalid_type" && input === undefined) return "is required";
  return (code === "custom" && dateHint(input)) || message;
}
