/**
 * Which site a link opens, and whether that is one of an outlet's own: shared by the validator, the
 * data tests and every place that shows a source (panel, share pages, print notes, embed).
 */

/** The host a URL opens, lower case, without a trailing dot ("kyivpost.com." is kyivpost.com). */
export function hostOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  return host || undefined;
}

/** The host as readers know it: "seedsforwealth.com" for https://www.seedsforwealth.com/…. */
export function siteOf(url: string): string {
  const host = hostOf(url);
  return host ? host.replace(/^www\./, "") : url;
}

/** True when `host` is one of `domains` or a subdomain of one (en.kremlin.ru is on kremlin.ru). */
export function isOnDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
