declare module "virtual:story" {
  import type { MediaIndex } from "../core/media.ts";
  import type { Story } from "../core/schema.ts";
  /** The story file, validated at build time by src/build/story-plugin.ts. */
  const story: Story;
  export default story;
  /** What the build made of the story's local media (src/build/process-media.ts). */
  export const media: MediaIndex;
}

declare module "virtual:story-slugs" {
  /** The slugs of the site's stories ("" for the one at the site's base); see story-plugin.ts. */
  const slugs: readonly string[];
  export default slugs;
}
