import type { TimeWindow } from "../../core/time-window.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { FilterBar, tagLabel } from "../filters/filter-bar.tsx";
import { FilterSummary } from "../filters/filter-summary.tsx";
import type { EventFilter } from "../search/use-event-filter.ts";
import { EventList } from "./event-list.tsx";
import { NewSinceFilter } from "../updates/new-since-filter.tsx";

export interface ChronologyProps {
  model: StoryModel;
  filter: EventFilter;
  actors: readonly string[];
  tags: readonly string[];
  searching: boolean;
  selectedId: string | undefined;
  window: TimeWindow;
  onSelect: (eventId: string) => void;
  onFilter: (filters: { actors?: string[]; tags?: string[] }) => void;
  onClear: () => void;
}

/** The list area: how many events are shown, the filter chips, and the list itself. */
export function Chronology({
  model,
  filter,
  actors,
  tags,
  searching,
  selectedId,
  window,
  onSelect,
  onFilter,
  onClear,
}: ChronologyProps) {
  const chosen = [
    ...actors.map((id) => ({
      key: `actor:${id}`,
      label: model.actorById.get(id)?.name ?? id,
      remove: () => onFilter({ actors: actors.filter((a) => a !== id) }),
    })),
    ...tags.map((tag) => ({
      key: `tag:${tag}`,
      label: tagLabel(tag),
      remove: () => onFilter({ tags: tags.filter((t) => t !== tag) }),
    })),
  ];
  return (
    <>
      <h2 className="visually-hidden">Chronology</h2>
      <FilterSummary
        shown={filter.events.length}
        total={model.events.length}
        active={searching || actors.length > 0 || tags.length > 0}
        pending={filter.pending}
        chosen={chosen}
        onClear={onClear}
      />
      <FilterBar model={model} counts={filter} actors={actors} tags={tags} onChange={onFilter} />
      <NewSinceFilter />
      <EventList
        model={model}
        events={filter.events}
        hits={filter.hits}
        selectedId={selectedId}
        window={window}
        onSelect={onSelect}
      />
    </>
  );
}
