/**
 * Where each story of a site lives: the default story at the site's base (or under its slug, when
 * the site's layout puts an index at the root), every other story at `<base><slug>/`. The build
 * writes its pages there and the app (src/app/address-bar.ts) finds its story from the path.
 */

/** Where the index of stories lives when the default story has the root: `<base>stories/`. */
export const INDEX_SLUG = "stories";

/**
 * Slugs no story may take: the default story's own folders at the root (events/, embed/), the
 * app's files (assets/) and the index.
 */
export const RESERVED_SLUGS: readonly string[] = ["assets", "embed", "events", INDEX_SLUG];

/** The base a story's links and pages sit under; "" is the story at the site's base. */
export function storyBase(siteBase: string, slug: string): string {
  return slug === "" ? siteBase : `${siteBase}${slug}/`;
}

export interface StoryAddress {
  slug: string;
  base: string;
}

/**
 * The story a path belongs to, among the site's stories (slugs, "" for the one at the base): the
 * one whose base the path is under, else the one at the base, else the first.
 */
export function storyAt(
  pathname: string,
  siteBase: string,
  slugs: readonly string[],
): StoryAddress {
  for (const slug of slugs) {
    if (slug === "") continue;
    const base = storyBase(siteBase, slug);
    if (pathname.startsWith(base) || pathname === base.slice(0, -1)) return { slug, base };
  }
  const slug = slugs.includes("") ? "" : (slugs[0] ?? "");
  return { slug, base: storyBase(siteBase, slug) };
}
