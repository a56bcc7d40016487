import { useMemo } from "react";
import type { StoryModel } from "../../core/story-model.ts";
import { tagsByUse } from "../search/filter-events.ts";
import type { FilterResult } from "../search/filter-events.ts";
import { FilterChips } from "./filter-chips.tsx";
import "./filters.css";

export interface FilterBarProps {
  model: StoryModel;
  counts: Pick<FilterResult, "actorCounts" | "tagCounts">;
  actors: readonly string[];
  tags: readonly string[];
  onChange: (filters: { actors?: string[]; tags?: string[] }) => void;
}

/** The story's name for a tag (its `tags` list); else "tag-like-this" → "tag like this". */
export function tagLabel(tag: string, names?: Readonly<Record<string, string>>): string {
  return names?.[tag] ?? tag.replaceAll("-", " ");
}

/** The actor and tag chips. */
export function FilterBar({ model, counts, actors, tags, onChange }: FilterBarProps) {
  const tagIds = useMemo(() => tagsByUse(model.events), [model]);
  const actorChips = model.actors.map((actor) => ({
    id: actor.id,
    label: actor.name,
    count: counts.actorCounts.get(actor.id) ?? 0,
    ...(actor.color ? { color: actor.color } : {}),
  }));
  const tagChips = tagIds.map((tag) => ({
    id: tag,
    label: tagLabel(tag, model.story.tags),
    count: counts.tagCounts.get(tag) ?? 0,
  }));
  return (
    <div className="filters">
      <FilterChips
        legend="Actors"
        chips={actorChips}
        chosen={actors}
        onChange={(chosen) => onChange({ actors: chosen })}
      />
      {tagChips.length > 0 && (
        <FilterChips
          legend="Tags"
          chips={tagChips}
          chosen={tags}
          onChange={(chosen) => onChange({ tags: chosen })}
        />
      )}
    </div>
  );
}
