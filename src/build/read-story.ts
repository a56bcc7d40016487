import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { MAX_BYTES, formatProblem, formatWarning, validateStoryText } from "../core/validate.ts";
import type { ValidationResult } from "../core/validate.ts";

/** The story file the build and `npm run validate` use: `TIMELINE_DATA` or data/events.json. */
export function storyPath(): string {
  return process.env.TIMELINE_DATA ?? "data/events.json";
}

/**
 * The folder a story's local media are in (`"file": "kyiv.jpg"` is data/media/kyiv.jpg):
 * `MEDIA_DIR`, else data/media. One folder for the site: stories share photographs.
 */
export function mediaDir(): string {
  return process.env.MEDIA_DIR ?? "data/media";
}

/** Reads and validates a story file; a file too large to read is refused before it is read. */
export function readStory(path: string): ValidationResult {
  const file = path;
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) {
      const message = `file is ${size} bytes; a story file may be at most ${MAX_BYTES}`;
      return {
        ok: false,
        problems: [{ file, line: 1, col: 1, path: "(root)", message }],
        warnings: [],
      };
    }
    const bytes = readFileSync(path);
    text = bytes.toString("utf8");
    // Node decodes a byte that is not UTF-8 as U+FFFD without a word; that would lose the text.
    if (!Buffer.from(text, "utf8").equals(bytes)) {
      const at = text.indexOf("\uFFFD");
      const line = text.slice(0, at).split("\n").length;
      const col = at - text.lastIndexOf("\n", at - 1);
      const message = "file is not UTF-8 (is it Latin-1 or UTF-16?); save it as UTF-8";
      return { ok: false, problems: [{ file, line, col, path: "(root)", message }], warnings: [] };
    }
  } catch (e) {
    const message = `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
    return {
      ok: false,
      problems: [{ file, line: 1, col: 1, path: "(root)", message }],
      warnings: [],
    };
  }
  const dir = mediaDir();
  return validateStoryText(file, text, {
    dir,
    exists: (name) => existsSync(join(dir, name)) && statSync(join(dir, name)).isFile(),
  });
}

/** Every problem, one a line: `file:line:col  json.path  message`. */
export function problemReport(result: ValidationResult): string {
  return result.ok ? "" : result.problems.map(formatProblem).join("\n");
}

/** Every warning, one a line, in the same form with "warning:" before the message. */
export function warningReport(result: ValidationResult): string {
  return result.warnings.map(formatWarning).join("\n");
}

/** `TIMELINE_STRICT=1`: the build refuses a story with warnings, as `npm run validate -- --strict`. */
export function strictFromEnv(): boolean {
  return process.env.TIMELINE_STRICT === "1";
}
