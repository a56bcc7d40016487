declare module "virtual:story" {
  import type { MediaIndex } from "../core/media.ts";
  import type { Story } from "../core/schema.ts";
  import type { StoryDetails } from "../core/story-details.ts";
  /** The story file, validated at build time by src/build/story-plugin.ts. */
  const story: Story;
  export default story;
  /** What the build made of the story's local media (src/build/process-media.ts). */
  export const media: MediaIndex;
  /**
   * The story above is its brief: this loads its quotes, sources and the rest that only an open
   * event, the printout and search draw (src/core/story-details.ts).
   */
  export const details: () => Promise<StoryDetails>;
}

declare module "virtual:story-slugs" {
  /** The slugs of the site's stories ("" for the one at the site's base); see story-plugin.ts. */
  const slugs: readonly string[];
  export default slugs;
}
