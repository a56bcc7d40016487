/**
 * Ids are lowercase ASCII slugs: an event's id is its link (`<base>events/<id>`) and the name of its
 * share page's folder, so one pattern and one length hold for the schema, the URL, the build and
 * the importer. Nothing else in the code spells the pattern or the limit.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id. An id is a path segment of every link to its event and a folder name in the
 * build (file systems stop at 255 bytes), and nobody types or reads a longer one; the story's
 * longest is 52. The schema refuses longer ids, the URL ignores them, the build writes no page
 * for them.
 */
export const MAX_ID_LENGTH = 100;

export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** An id the schema accepts: a slug of at most MAX_ID_LENGTH characters. */
export function isId(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && SLUG.test(text);
}
