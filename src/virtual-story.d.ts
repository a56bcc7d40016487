declare module "virtual:story" {
  import type { Story } from "./model/schema.ts";
  /** The story file, validated at build time by scripts/story-plugin.ts. */
  const story: Story;
  export default story;
}
