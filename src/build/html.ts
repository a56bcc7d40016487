import { escapeHtml } from "../core/escape-html.ts";

export { escapeHtml };

/**
 * HTML built from text. Every interpolated value is escaped unless it is itself `Html` (built by
 * `html` from a template), so data can only ever reach a page as text.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = string | number | Html | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** A template whose values are escaped: html`<p>${text}</p>`. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, s, i) => out + render(parts[i - 1] as Part) + s));
}
