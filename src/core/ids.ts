/**
 * Ids are lowercase ASCII slugs: an event's id is its link (`<base>events/<id>`) and the name of its
 * share page's folder, so one pattern and one length hold for the schema, the URL and the build.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longer ids are not from a link anyone wrote; the URL ignores them. */
export const MAX_ID_LENGTH = 200;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}
