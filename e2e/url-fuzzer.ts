/**
 * Deterministic hostile links for the fuzz tests (e2e/fuzz-links.spec.ts, src/core/url-fuzz.test.ts):
 * random paths, query strings and hashes built from a seeded generator, so every run tries the same
 * links and a failure names one that can be opened by hand. The pieces are what breaks URL code:
 * malformed percent-escapes, encoded slashes and dots, huge values, repeated and unknown keys,
 * markup and `javascript:` in values. Payloads that would run set `window.__pwned`.
 */

import { seededRandom } from "../src/core/seeded-random.ts";

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const int = (random: Random, max: number): number => Math.floor(random() * max);

/** Event ids of e2e/fixtures/small-story.json, and its actors and tags, so some links are real. */
const IDS = ["talks-open", "march-offensive", "evening-call", "summit-week", "conditions-set"];
const SLUGS = ["north", "south", "diplomacy", "battlefield", "ceasefire", "nobody"];

export const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "<svg onload=window.__pwned=1>",
  '"><img src=x onerror=window.__pwned=1>',
  "javascript:window.__pwned=1",
  "javascript%3Awindow.__pwned%3D1",
  "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E",
  "data:text/html,<script>window.__pwned=1</script>",
];

const BAD_ESCAPES = ["%", "%Z", "%ZZ", "%E0%A4%A", "%C0%80", "%ED%A0%80", "%FF", "%%41", "%u0041"];

const ODD_TEXT = [
  "",
  " ",
  "+",
  "&",
  "=",
  "==",
  "?",
  "#",
  "/",
  "%2F",
  "%2e%2e",
  "..",
  ".",
  "\\",
  "%00",
  "\u0000",
  "\t",
  "%0A",
  "Переговоры",
  "🕊️",
  "\u202e",
  "\u200b",
  "\ud800",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e400",
  "[]",
  "{}",
];

function junk(random: Random, length: number): string {
  const alphabet = "abcXYZ019-_.~!$'()*,;:@%/?#[]&=+ <>\"`{}|^\\";
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[int(random, alphabet.length)];
  return text;
}

function huge(random: Random, maxLength: number): string {
  const length = Math.min(maxLength, pick(random, [600, 5_000, 100_000]));
  return pick(random, ["a", "%41", "-", "é", ","]).repeat(length).slice(0, length);
}

function dateLike(random: Random): string {
  const day = `2025-03-${String(1 + int(random, 31)).padStart(2, "0")}`;
  return pick(random, [
    day,
    `${day}T${String(int(random, 30)).padStart(2, "0")}:${String(int(random, 70)).padStart(2, "0")}`,
    `${day}T12:00${pick(random, ["Z", "+03:00", "-12:00", "+14:00", "+99:99", "+0300"])}`,
    pick(random, ["2025-13-01", "2025-02-30", "0000-01-01", "9999-12-31T23:59-12:00"]),
    pick(random, ["1683-09-12T00:00Z", "1800-01-01T00:00+00:00", "2025-11-02T01:30"]),
    pick(random, ["99999-01-01", "2025", "2025-03", "today", "1741219200000", "2025/03/01"]),
    pick(random, ["2025-03-01T00:00:00", "2025-03-01 12:00", "２０２５-03-01", " 2025-03-01"]),
  ]);
}

function slugList(random: Random): string {
  const n = pick(random, [0, 1, 2, 3, 60]);
  const items = Array.from({ length: n }, () =>
    random() < 0.7 ? pick(random, SLUGS) : pick(random, [...ODD_TEXT, ...PAYLOADS]),
  );
  return items.join(pick(random, [",", ",,", "%2C", " "]));
}

function value(random: Random, key: string, maxLength: number): string {
  const kind = random();
  if (kind < 0.15) return pick(random, PAYLOADS);
  if (kind < 0.25) return pick(random, BAD_ESCAPES) + junk(random, int(random, 4));
  if (kind < 0.3) return huge(random, maxLength);
  if (kind < 0.4) return pick(random, ODD_TEXT);
  if (kind < 0.5) return junk(random, 1 + int(random, 30));
  if (key === "from" || key === "to") return dateLike(random);
  if (key === "actors" || key === "tags") return slugList(random);
  return pick(random, ["talks", "call", "north", "ceasefire", "a b", "summit week", "x+y"]);
}

const KEYS = ["from", "to", "actors", "tags", "q"];
const ODD_KEYS = ["utm_source", "Q", "q[]", "__proto__", "constructor", "", "%", "%ZZ", "from%00"];

function query(random: Random, maxLength: number): string {
  if (random() < 0.1) return "";
  const pairs: string[] = [];
  const n = 1 + int(random, 6);
  for (let i = 0; i < n; i++) {
    const key = random() < 0.8 ? pick(random, KEYS) : pick(random, ODD_KEYS);
    const form = random();
    if (form < 0.05) pairs.push(key);
    else if (form < 0.1) pairs.push(`${key}=`);
    else pairs.push(`${key}=${value(random, key, maxLength)}`);
    // A repeated key: only the first counts.
    if (random() < 0.1) pairs.push(`${key}=${value(random, key, maxLength)}`);
  }
  return `?${pairs.join(pick(random, ["&", "&", "&", "&&", ";"]))}`;
}

function path(random: Random, maxLength: number, serverSafe: boolean): string {
  const id = pick(random, IDS);
  const segment = () =>
    pick(random, [
      junk(random, 1 + int(random, 20)),
      pick(random, ODD_TEXT),
      pick(random, PAYLOADS),
      huge(random, Math.min(maxLength, 10_000)),
      ...(serverSafe ? [] : BAD_ESCAPES),
    ]);
  const link = pick(random, [
    "",
    "events/",
    `events/${id}`,
    `events/${id}/`,
    `events/${id}/index.html`,
    `events/${id.toUpperCase()}`,
    `events/${segment()}`,
    `events/${segment()}/${segment()}`,
    "events/a/b/c",
    `events/${id}/../${pick(random, IDS)}`,
    `events/%2e%2e/${id}`,
    `events/${id}%2F${id}`,
    `/${segment()}`,
    `${segment()}`,
    "events",
    "events//",
    `events/${id}\\..`,
    `index.html`,
  ]);
  return serverSafe ? escapeBadEscapes(link) : link;
}

/** The path with every `%` escaped when it holds an escape a server cannot decode. */
function escapeBadEscapes(link: string): string {
  try {
    decodeURIComponent(link);
    return link;
  } catch {
    return link.replace(/%/g, "%25");
  }
}

function hash(random: Random): string {
  return pick(random, [
    "",
    "",
    "",
    "#quote-1",
    "#quote-2",
    "#quote-999",
    "#quote-0",
    "#quote-1e3",
    "#<svg onload=window.__pwned=1>",
    "#%",
    "#javascript:window.__pwned=1",
    `#${"x".repeat(2_000)}`,
  ]);
}

export interface FuzzOptions {
  /** The longest value or segment (100 KB by default); a server refuses long request lines. */
  maxLength?: number;
  /** No malformed escapes in the path: a server refuses those before the app can start. */
  serverSafe?: boolean;
}

/** `count` links relative to the app's base (no leading slash), the same for the same seed. */
export function fuzzLinks(seed: number, count: number, options: FuzzOptions = {}): string[] {
  const { maxLength = 100_000, serverSafe = false } = options;
  const random = seededRandom(seed);
  return Array.from(
    { length: count },
    () => path(random, maxLength, serverSafe) + query(random, maxLength) + hash(random),
  );
}
