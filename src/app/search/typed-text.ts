/**
 * The search box's own text, apart from the app's query. A keystroke changes the text at once (the
 * letter is painted in the next frame, whatever the results cost) and sends it up in a transition,
 * which React may render later or skip for a newer one. When the app's query then changes, it is
 * either the echo of something typed (the text stays as it is, even if the reader has typed on
 * since) or a change from elsewhere (Clear filters, Back, a link), which replaces the text.
 */

export interface TypedText {
  /** What the box shows. */
  text: string;
  /** What was sent up and not yet seen back, oldest first. */
  sent: readonly string[];
}

/** At most this many sends are remembered (a reader does not type this far ahead of React). */
const MAX_SENT = 50;

export function typedText(value: string): TypedText {
  return { text: value, sent: [] };
}

/** The reader typed: the box shows `text`, which is sent up. */
export function typed(state: TypedText, text: string): TypedText {
  return { text, sent: [...state.sent, text].slice(-MAX_SENT) };
}

/** The app's query is now `value`. */
export function received(state: TypedText, value: string): TypedText {
  const at = state.sent.lastIndexOf(value);
  if (at < 0) return typedText(value);
  // Our own: it and what was sent before it are seen.
  return { text: state.text, sent: state.sent.slice(at + 1) };
}
