import { mediaOrigins } from "../core/media.ts";
import type { Story } from "../core/schema.ts";

const IMG_SRC = "img-src 'self' data:";

/**
 * A story's pages with the Content-Security-Policy its media need: `img-src` adds exactly the hosts
 * the story lists in `mediaHosts`, and `frame-src` names the player of each kind of video it has
 * (loaded only once a reader presses play); a story without them keeps the shell's strict policy,
 * where `default-src 'self'` covers frames.
 */
export function withMediaPolicy(shell: string, story: Story): string {
  const media = [
    ...(story.leadImage ? [story.leadImage] : []),
    ...story.events.flatMap((e) => e.media ?? []),
  ];
  const { img, frame } = mediaOrigins(story.mediaHosts ?? [], media);
  if (img.length === 0 && frame.length === 0) return shell;
  if (!shell.includes(IMG_SRC)) {
    throw new Error(`the built index.html's Content-Security-Policy needs "${IMG_SRC}"`);
  }
  const directives =
    [IMG_SRC, ...img].join(" ") + (frame.length > 0 ? `; frame-src ${frame.join(" ")}` : "");
  return shell.replace(IMG_SRC, () => directives);
}
