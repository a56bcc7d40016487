import { hostOf, isOnDomains } from "./sites.ts";

/**
 * Editorial checks the schema cannot make, reported with the cross-references (validate.ts): that a
 * link labelled with an outlet either opens that outlet's own site or says it is a copy, and that
 * the key moments name events of the story. Like the other cross-reference checks they read the raw
 * value defensively, so a file with schema errors still gets these reported in the same run.
 */

type Found = [(string | number)[], string];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

function domainsOf(outlets: Record<string, unknown>, publisher: string): string[] | undefined {
  const domains = outlets[publisher];
  return Array.isArray(domains)
    ? domains.filter((d): d is string => typeof d === "string")
    : undefined;
}

/** Sources whose link is not on their outlet's own site and does not say so (needs `outlets`). */
export function outletProblems(story: Record<string, unknown>): Found[] {
  const { outlets, sources } = story;
  if (!isRecord(outlets) || !isRecord(sources)) return [];
  const found: Found[] = [];
  for (const [id, source] of Object.entries(sources)) {
    if (!isRecord(source) || typeof source.publisher !== "string") continue;
    const { publisher, url, copy } = source;
    const host = typeof url === "string" ? hostOf(url) : undefined;
    const domains = domainsOf(outlets, publisher);
    if (!domains) {
      found.push([
        ["sources", id, "publisher"],
        `publisher ${JSON.stringify(publisher)} is not in "outlets"; add it with the domains of its own sites` +
          (host ? ` (this link opens ${host})` : ""),
      ]);
      continue;
    }
    if (!host) continue; // the schema reports a URL that does not parse
    const own = isOnDomains(host, domains);
    const sites = domains.join(", ");
    if (!own && copy === undefined) {
      found.push([
        ["sources", id, "url"],
        `links to ${host}, which is not a site of ${publisher} (${sites}); link the outlet's own page, ` +
          `or mark the page as a copy: "copy": { "kind": "copy" } ("syndicated" or "archive" where so)`,
      ]);
    } else if (own && copy !== undefined) {
      found.push([
        ["sources", id, "copy"],
        `is marked as a copy, but ${host} is ${publisher}'s own site; remove "copy"`,
      ]);
    }
    const original = isRecord(copy) ? copy.original : undefined;
    const originalHost = typeof original === "string" ? hostOf(original) : undefined;
    if (originalHost && !isOnDomains(originalHost, domains)) {
      found.push([
        ["sources", id, "copy", "original"],
        `the original is on ${originalHost}, which is not a site of ${publisher} (${sites})`,
      ]);
    }
  }
  return found;
}

/** Key moments that name no event of the story, or one event twice. */
export function keyMomentProblems(story: Record<string, unknown>): Found[] {
  const { keyMoments, events } = story;
  if (!Array.isArray(keyMoments)) return [];
  const ids = new Set(
    (Array.isArray(events) ? events : []).map((e: unknown) => (isRecord(e) ? e.id : undefined)),
  );
  const found: Found[] = [];
  keyMoments.forEach((id: unknown, i) => {
    if (typeof id !== "string") return;
    if (!ids.has(id)) {
      found.push([["keyMoments", i], `unknown event "${id}"; use the id of one of "events"`]);
    } else if (keyMoments.indexOf(id) !== i) {
      found.push([["keyMoments", i], `event "${id}" is already a key moment`]);
    }
  });
  return found;
}
