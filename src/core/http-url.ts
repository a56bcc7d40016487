/**
 * The URL when it is an absolute http(s) URL, else undefined. Validation already refuses other
 * URLs; this keeps a `javascript:` or `data:` URL from ever becoming a link if one gets through.
 */
export function httpUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  return /^https?:$/.test(new URL(url).protocol) ? url : undefined;
}
