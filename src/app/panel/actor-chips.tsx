import type { StoryModel } from "../../core/story-model.ts";

export interface ActorChipsProps {
  model: StoryModel;
  actorIds: readonly string[];
}

/** The actors involved, each with its lane colour. */
export function ActorChips({ model, actorIds }: ActorChipsProps) {
  return (
    <ul className="actor-chips" aria-label="Actors">
      {actorIds.map((id) => {
        const actor = model.actorById.get(id);
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
