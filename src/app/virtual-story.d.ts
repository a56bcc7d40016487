declare module "virtual:story" {
  import type { Story } from "../core/schema.ts";
  /** The story file, validated at build time by src/build/story-plugin.ts. */
  const story: Story;
  export default story;
}
