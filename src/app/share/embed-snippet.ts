import { escapeHtml } from "../../core/escape-html.ts";

/** The embed's size in the snippet: the full width of the host's column, tall enough for a panel. */
const HEIGHT = 600;

/**
 * The HTML a host page pastes to embed a view. It is text for the reader to copy: this app shows it
 * in a text field and never inserts it as HTML. Clipboard and share sheet need the host's leave
 * (`allow`) inside a frame from another site.
 */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${HEIGHT}"` +
    ` style="border:0" loading="lazy" allow="clipboard-write; web-share"></iframe>`
  );
}
