import { parseArgs } from "node:util";
import { language as languageSchema } from "../core/schema.ts";

/**
 * The import and export commands' shared arguments: `<file> [--out file] [--force]`, and for the
 * importers `[--language en]`.
 */
export interface ImportArgs {
  file: string;
  out: string | undefined;
  force: boolean;
  /** Always undefined for a command that does not take --language. */
  language: string | undefined;
}

export interface ArgsOptions {
  /** Whether the command takes --language (the importers do; export:sheet does not). */
  language?: boolean;
}

/** Says `message` on stderr and exits (2 for a usage error). */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Reads a command's arguments, or exits with `usage` and the reason. */
export function readImportArgs(usage: string, { language = true }: ArgsOptions = {}): ImportArgs {
  // Without `--`, npm takes --out and --language as its own settings and drops them.
  const keptByNpm = [
    process.env.npm_config_out,
    language ? process.env.npm_config_language : undefined,
  ];
  if (keptByNpm.some((value) => value !== undefined)) {
    fail(`npm kept the options for itself; put -- before the arguments.\n${usage}`, 2);
  }
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        force: { type: "boolean" },
        ...(language ? { language: { type: "string" as const } } : {}),
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) fail(usage, 0);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) fail(usage, 2);
    // A string option's value is a string; the type says less for an option that may be absent.
    const code = typeof values.language === "string" ? values.language : undefined;
    if (code !== undefined && !languageSchema.safeParse(code).success) {
      fail(`--language ${code}: not a language code such as “en” or “ru”`, 2);
    }
    return { file, out: values.out, force: values.force ?? false, language: code };
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`, 2);
  }
}
