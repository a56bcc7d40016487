/**
 * Decoding of HTML character references: every Latin-1 name, the typographic ones newsrooms use,
 * and numeric references. HTML has some 2,000 names; one not listed here is left as it is and the
 * caller reports it.
 */

// Latin-1 names in code point order from U+00A0.
const LATIN1 = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave " +
  "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN " +
  "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave " +
  "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc " +
  "uuml yacute thorn yuml"
).split(" ");

const OTHER: Record<string, number> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  horbar: 0x2015,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  rarr: 0x2192,
  minus: 0x2212,
};

const NAMED = new Map<string, number>([
  ...LATIN1.map((name, i): [string, number] => [name, 0xa0 + i]),
  ...Object.entries(OTHER),
]);

// Browsers read &#128;–&#159; as Windows-1252, where old CMSs put curly quotes and dashes.
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
  .split("")
  .map((c) => c.codePointAt(0));

function fromCodePoint(n: number): string {
  if (n >= 0x80 && n <= 0x9f) return String.fromCodePoint(WINDOWS_1252[n - 0x80] ?? 0xfffd);
  const invalid = n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : n);
}

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]*));/g;

/** Replaces the character references it knows; unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(REFERENCE, (all, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    const code = name === undefined ? undefined : NAMED.get(name);
    return code === undefined ? all : String.fromCodePoint(code);
  });
}
