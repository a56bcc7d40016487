import { formatDate } from "./dates.ts";
import type { Source } from "./schema.ts";
import { siteOf } from "./sites.ts";
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

/**
 * Where a source's link goes when it is not the outlet's own site, in the words every view uses:
 * "copy at seedsforwealth.com", "republished by ajc.com", "archived at megalodon.jp".
 */
export function linkedSite(source: Source): string | undefined {
  if (!source.copy) return undefined;
  const site = siteOf(source.url);
  switch (source.copy.kind) {
    case "syndicated":
      return `republished by ${site}`;
    case "archive":
      return `archived at ${site}`;
    case "copy":
      return `copy at ${site}`;
  }
}

/** The outlet, and the site the link opens when it is not the outlet's: "Reuters, copy at seedsforwealth.com". */
export function sourceLabel(source: Source): string {
  const site = linkedSite(source);
  return site ? `${source.publisher}, ${site}` : source.publisher;
}

/** The heading of the story's `corrections`, the closing section of "About this timeline". */
export const CORRECTIONS_HEADING = "Corrections to reports of these events";

/** Beside a quote whose wording in other reports differs from the verified one. */
export function asReportedText(asReported: string): string {
  return `Some reports give this as: “${asReported}”`;
}

/** A link to a kept copy of the same text: "copy at libreddit.marty.tf". */
export function archivedLabel(url: string): string {
  return `copy at ${siteOf(url)}`;
}

/** The quote as a reader pastes it elsewhere: the words, who said them, when, and where published. */
export function quoteCitation(quote: DatedQuote, source: Source | undefined): string {
  const where = source ? `. ${sourceLabel(source)}: ${source.url}` : "";
  const translated = quote.translated ? ` (translated from ${languageName(quote.language)})` : "";
  return `“${quote.text}” — ${attribution(quote)}${translated}${where}`;
}
