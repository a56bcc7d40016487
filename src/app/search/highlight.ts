import type { StoryModel, DatedEvent } from "../../core/story-model.ts";
import { findWord, normalizeTerm, words } from "./normalize.ts";

/**
 * Marking the words a search matched, as plain data: text is split into runs, each marked or not,
 * for the view to render as text nodes and <mark> elements (never as HTML).
 */

export interface TextPart {
  text: string;
  marked: boolean;
}

/** Splits `text` into runs; a word is marked when its search term is one of `terms`. */
export function highlightParts(text: string, terms: ReadonlySet<string> | undefined): TextPart[] {
  if (!terms || terms.size === 0) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const { word, start, end } of words(text)) {
    if (!terms.has(normalizeTerm(word))) continue;
    const gap = text.slice(at, start);
    const last = parts.at(-1);
    // Marked words separated only by spaces read as one marked phrase.
    if (last?.marked && /^ *$/.test(gap)) {
      last.text += gap + word;
    } else {
      if (gap) parts.push({ text: gap, marked: false });
      parts.push({ text: word, marked: true });
    }
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** The first word of `text` that is one of `terms`. */
function firstTerm(text: string, terms: ReadonlySet<string>) {
  return findWord(text, (word) => terms.has(normalizeTerm(word)));
}

/** Shortens `text` to about `length` characters, its first matched word near the start. */
export function excerpt(text: string, terms: ReadonlySet<string>, length = 140): string {
  if (text.length <= length) return text;
  const first = firstTerm(text, terms);
  const from = Math.max(0, (first?.start ?? 0) - Math.floor(length / 4));
  const start = from === 0 ? 0 : text.lastIndexOf(" ", from) + 1;
  const cut = text.indexOf(" ", start + length);
  const end = cut < 0 ? text.length : cut;
  return `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
}

export interface Snippet {
  label: string;
  text: string;
}

/**
 * Where an event matched beyond its title: the first field holding a matched word the title does
 * not show, shortened around it. Undefined when the title shows every matched word.
 */
export function matchSnippet(
  event: DatedEvent,
  model: StoryModel,
  terms: ReadonlySet<string>,
): Snippet | undefined {
  const inTitle = new Set(words(event.title).map(({ word }) => normalizeTerm(word)));
  const missing = new Set([...terms].filter((term) => !inTitle.has(term)));
  if (missing.size === 0) return undefined;
  const fields: Snippet[] = [
    { label: "Summary", text: event.summary },
    ...event.quotes.flatMap((q) => [
      { label: "Quote", text: q.text },
      { label: "Speaker", text: q.speaker },
    ]),
    ...(event.place ? [{ label: "Place", text: event.place }] : []),
    ...event.sources.map((id) => ({
      label: "Source",
      text: model.story.sources[id]?.title ?? "",
    })),
  ];
  const field = fields.find((f) => firstTerm(f.text, missing) !== undefined);
  return field && { label: field.label, text: excerpt(field.text, terms, 90) };
}
