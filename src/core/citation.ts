import { formatDate } from "./dates.ts";
import type { Source } from "./schema.ts";
import type { DatedQuote } from "./story-model.ts";

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "Russian" for "ru"; the code itself when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Speaker, role and date, as a caption and a citation say them: "A. Speaker, Envoy, 11 March 2025". */
export function attribution(quote: DatedQuote): string {
  return [quote.speaker, quote.role, formatDate(quote.when)].filter(Boolean).join(", ");
}

/** The quote as a reader pastes it elsewhere: the words, who said them, when, and where published. */
export function quoteCitation(quote: DatedQuote, source: Source | undefined): string {
  const where = source ? `. ${source.publisher}: ${source.url}` : "";
  const translated = quote.translated ? ` (translated from ${languageName(quote.language)})` : "";
  return `“${quote.text}” — ${attribution(quote)}${translated}${where}`;
}
