import { formatDate, parseEdtf } from "./dates.ts";
import type { Quote, Source } from "./schema.ts";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "Russian" for "ru"; the code itself when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A date from the data as readers see it; the text as written if it does not parse. */
export function readableDate(edtf: string): string {
  const parsed = parseEdtf(edtf);
  return parsed ? formatDate(parsed) : edtf;
}

/** Speaker, role and date, as a caption and a citation say them: "A. Speaker, Envoy, 11 March 2025". */
export function attribution(quote: Quote): string {
  return [quote.speaker, quote.role, readableDate(quote.date)].filter(Boolean).join(", ");
}

/** The quote as a reader pastes it elsewhere: the words, who said them, when, and where published. */
export function quoteCitation(quote: Quote, source: Source | undefined): string {
  const where = source ? `. ${source.publisher}: ${source.url}` : "";
  const translated = quote.translated ? ` (translated from ${languageName(quote.language)})` : "";
  return `“${quote.text}” — ${attribution(quote)}${translated}${where}`;
}
