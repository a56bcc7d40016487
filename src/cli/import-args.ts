import { parseArgs } from "node:util";
import { language as languageSchema } from "../core/schema.ts";

/** The import commands' shared arguments: `<file> [--out story.json] [--force] [--language en]`. */
export interface ImportArgs {
  file: string;
  out: string | undefined;
  force: boolean;
  language: string | undefined;
}

/** Says `message` on stderr and exits (2 for a usage error). */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Reads an import command's arguments, or exits with `usage` and the reason. */
export function readImportArgs(usage: string): ImportArgs {
  // Without `--`, npm takes --out and --language as its own settings and drops them.
  if (process.env.npm_config_out !== undefined || process.env.npm_config_language !== undefined) {
    fail(`npm kept the options for itself; put -- before the arguments.\n${usage}`, 2);
  }
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        force: { type: "boolean" },
        language: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) fail(usage, 0);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) fail(usage, 2);
    if (values.language !== undefined && !languageSchema.safeParse(values.language).success) {
      fail(`--language ${values.language}: not a language code such as “en” or “ru”`, 2);
    }
    return { file, out: values.out, force: values.force ?? false, language: values.language };
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`, 2);
  }
}
