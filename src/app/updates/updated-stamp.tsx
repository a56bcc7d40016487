import { dateTimeAttribute, mustParseEdtf } from "../../core/dates.ts";
import type { Story } from "../../core/schema.ts";
import { storyStamp } from "../../core/updates.ts";
import "./updates.css";

export interface UpdatedStampProps {
  story: Pick<Story, "published" | "updated">;
}

/** The masthead's "Updated 19 March 2025, 09:00 UTC" (or "Published …" before any update). */
export function UpdatedStamp({ story }: UpdatedStampProps) {
  const stamp = storyStamp(story);
  const at = story.updated ?? story.published;
  if (stamp === undefined || at === undefined) return null;
  return (
    <p className="updated-stamp">
      <time dateTime={dateTimeAttribute(mustParseEdtf(at))}>{stamp}</time>
    </p>
  );
}
