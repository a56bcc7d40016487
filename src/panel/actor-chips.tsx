import type { Timeline } from "../model/load.ts";

export interface ActorChipsProps {
  timeline: Timeline;
  actorIds: readonly string[];
}

/** The actors involved, each with its lane colour. */
export function ActorChips({ timeline, actorIds }: ActorChipsProps) {
  return (
    <ul className="actor-chips" aria-label="Actors">
      {actorIds.map((id) => {
        const actor = timeline.actorById.get(id);
        return (
          <li key={id} className="actor-chip">
            <span
              className="actor-swatch"
              aria-hidden="true"
              style={actor?.color ? { backgroundColor: actor.color } : undefined}
            />
            {actor?.name ?? id}
          </li>
        );
      })}
    </ul>
  );
}
