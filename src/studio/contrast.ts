/**
 * WCAG 2 contrast of an actor's lane colour against the page, for the colour picker's warning:
 * lanes and chips draw the colour as a mark next to text, so it needs 3:1 (non-text contrast).
 */
export const MIN_CONTRAST = 3;
const PAGE = "#ffffff";

function channels(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
}

function luminance(hex: string): number | undefined {
  const c = channels(hex);
  if (!c) return undefined;
  const [r, g, b] = c.map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two hex colours (1 to 21), or undefined when one is not a hex colour. */
export function contrastRatio(a: string, b: string = PAGE): number | undefined {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** A warning for a colour too light to see on the page, or undefined. */
export function contrastWarning(color: string | undefined): string | undefined {
  if (color === undefined) return undefined;
  const ratio = contrastRatio(color);
  if (ratio === undefined || ratio >= MIN_CONTRAST) return undefined;
  return `contrast ${ratio.toFixed(1)}:1 against the page; readers may not see this lane (choose a darker colour, ${MIN_CONTRAST}:1 at least)`;
}
