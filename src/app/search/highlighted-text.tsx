import { highlightParts } from "./highlight.ts";

export interface HighlightedTextProps {
  text: string;
  terms: ReadonlySet<string> | undefined;
}

/** Text with the words a search matched in <mark>, built as text nodes (never as HTML). */
export function HighlightedText({ text, terms }: HighlightedTextProps) {
  if (!terms) return text;
  return highlightParts(text, terms).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : part.text,
  );
}
