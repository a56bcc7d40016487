import { formatUrlInstant, parseUrlInstant } from "./dates.ts";
import { MAX_ID_LENGTH, SLUG } from "./ids.ts";
import type { TimeWindow } from "./time-window.ts";

/** What the reader is looking at: everything a shared link must reproduce. */
export interface ViewState {
  /** Drawn as the embed (`<base>embed/…`): its links and history stay inside it. */
  embed: boolean;
  /** The selected event (its panel is open). */
  eventId: string | undefined;
  /** The timeline's visible window, when the reader has moved it. */
  window: TimeWindow | undefined;
  /** Actor ids the reader filtered to (empty = all). */
  actors: string[];
  /** Tags the reader filtered to (empty = all). */
  tags: string[];
  /** The search query. */
  q: string;
  /** Only the events added or updated since the reader's last visit (`new=1`). */
  newSince: boolean;
}

export const EMPTY_VIEW: ViewState = {
  embed: false,
  eventId: undefined,
  window: undefined,
  actors: [],
  tags: [],
  q: "",
  newSince: false,
};

/**
 * The URL is the view: `<base>events/<id>?from=…&to=…&actors=a,b&tags=x,y&q=…&new=1#quote-N`, or the
 * same under `<base>embed/` for the embed.
 * `parseViewUrl` and `formatViewUrl` are exact inverses for every view the app can be in, and the
 * parser never throws: whatever it cannot read it ignores. `from`/`to` are in the reader's zone
 * ("2025-03-01", "2025-03-01T12:30"; see formatUrlInstant). Pure: the address bar itself is read
 * and written only by src/app/address-bar.ts.
 */

/** Longer parameters are not from a link anyone wrote; they are ignored (ids: see ids.ts). */
const MAX_PARAM_LENGTH = 500;
const MAX_LIST_LENGTH = 50;
const EVENT_PATH = /^events\/([^/]+)\/?(?:index\.html)?$/;
/** The embed (`<base>embed/…`): the same views, drawn without the page around them. */
const EMBED_PATH = /^embed(?:\/|$)/;
const QUOTE_HASH = /^#quote-([1-9][0-9]{0,3})$/;

export interface UrlParts {
  pathname: string;
  search: string;
}

/** The path inside the site (after the base and any `embed/`), and whether it is the embed's. */
function sitePath(pathname: string, base: string): { embed: boolean; path: string } | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = pathname.slice(base.length);
  const embed = EMBED_PATH.exec(path);
  return embed ? { embed: true, path: path.slice(embed[0].length) } : { embed: false, path };
}

function eventIdFrom(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const match = EVENT_PATH.exec(path);
  if (!match?.[1]) return undefined;
  try {
    const id = decodeURIComponent(match[1]);
    return id !== "" && id.length <= MAX_ID_LENGTH ? id : undefined;
  } catch {
    return undefined;
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** The query's parameters, first of each name; one with a malformed escape is left out. */
function queryParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const equals = pair.indexOf("=");
    const name = decode(equals === -1 ? pair : pair.slice(0, equals));
    const value = decode(equals === -1 ? "" : pair.slice(equals + 1));
    if (name !== undefined && value !== undefined && !params.has(name)) params.set(name, value);
  }
  return params;
}

type Params = ReturnType<typeof queryParams>;

function param(params: Params, name: string): string | undefined {
  const value = params.get(name);
  return value !== undefined && value !== "" && value.length <= MAX_PARAM_LENGTH
    ? value
    : undefined;
}

function slugList(value: string | undefined): string[] {
  if (value === undefined) return [];
  const slugs = value.split(",").filter((s) => SLUG.test(s));
  return [...new Set(slugs)].slice(0, MAX_LIST_LENGTH);
}

/**
 * An instant that formatUrlInstant writes back as the same instant; others (the year 0, which it
 * writes as 1; past 9999 in the reader's zone; an offset with seconds, as in zones' old local mean
 * time) would not survive a round trip, so a link could not keep them: they are ignored.
 */
function urlInstant(text: string | undefined): Date | undefined {
  const at = text === undefined ? undefined : parseUrlInstant(text);
  return at && parseUrlInstant(formatUrlInstant(at))?.getTime() === at.getTime() ? at : undefined;
}

function windowFrom(params: Params): ViewState["window"] {
  const start = urlInstant(param(params, "from"));
  const end = urlInstant(param(params, "to"));
  return start && end && start < end ? { start, end } : undefined;
}

/** The view a URL names. Unknown, malformed or oversized parts are ignored; it never throws. */
export function parseViewUrl(url: UrlParts, base: string): ViewState {
  const params = queryParams(url.search);
  const site = sitePath(url.pathname, base);
  return {
    embed: site?.embed ?? false,
    eventId: eventIdFrom(site?.path),
    window: windowFrom(params),
    actors: slugList(param(params, "actors")),
    tags: slugList(param(params, "tags")),
    q: param(params, "q") ?? "",
    newSince: param(params, "new") === "1",
  };
}

function encodeSegment(value: string): string {
  // A lone surrogate cannot be encoded (encodeURIComponent throws); no reader can type one.
  return encodeURIComponent(value.replace(/\p{Surrogate}/gu, "\uFFFD"));
}

/** Percent-encodes a query value, keeping what reads well and is safe there (`:` `,` space). */
function encodeParam(value: string): string {
  return encodeSegment(value).replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%20/g, "+");
}

/** The path and query (no origin, no hash) of a view. */
export function formatViewUrl(view: ViewState, base: string): string {
  const root = view.embed ? `${base}embed/` : base;
  const path = view.eventId ? `${root}events/${encodeSegment(view.eventId)}` : root;
  const params: [string, string][] = [];
  if (view.window) {
    params.push(["from", formatUrlInstant(view.window.start)]);
    params.push(["to", formatUrlInstant(view.window.end)]);
  }
  if (view.actors.length > 0) params.push(["actors", view.actors.join(",")]);
  if (view.tags.length > 0) params.push(["tags", view.tags.join(",")]);
  if (view.q !== "") params.push(["q", view.q]);
  if (view.newSince) params.push(["new", "1"]);
  const query = params.map(([name, value]) => `${name}=${encodeParam(value)}`).join("&");
  return query ? `${path}?${query}` : path;
}

/** The quote a hash points at: `#quote-2` → 2 (1-based, as readers count). */
export function quoteNumberFromHash(hash: string): number | undefined {
  const match = QUOTE_HASH.exec(hash);
  return match ? Number(match[1]) : undefined;
}

export function quoteHash(n: number): string {
  return `#quote-${n}`;
}
