import type { Actor } from "../../core/schema.ts";
import type { EventDraft } from "./read-slide.ts";
import { claimUnique, slugify } from "../../core/slug.ts";
import type { ImportNote } from "./summary.ts";

/**
 * Ids and actors for events once all are read and sorted: ids from unique_ids first (the editor
 * chose them), then from headlines; actors from groups in order of first appearance.
 */

/** The actor of events that have no TimelineJS group. */
export const UNGROUPED = "General";

export function assignIds(
  events: EventDraft[],
  report: (n: ImportNote) => void,
): Map<EventDraft, string> {
  const taken = new Set<string>();
  const ids = new Map<EventDraft, string>();
  const claim = (d: EventDraft, base: string, from: string) => {
    const id = claimUnique(base, taken);
    ids.set(d, id);
    if (id !== base) {
      report({
        where: d.where,
        action: "changed",
        message: `id “${base}” (from the ${from}) is already used; this event is “${id}”`,
      });
    }
  };
  // unique_ids first: they are the ids the editor chose, so they keep them when a headline clashes.
  for (const d of events) {
    if (!d.uniqueId) continue;
    const base = slugify(d.uniqueId);
    if (!base) {
      const message = `unique_id “${d.uniqueId}” has no letters or digits; id made from the headline`;
      report({ where: d.where, action: "changed", message });
      continue;
    }
    if (base !== d.uniqueId) {
      const message = `unique_id “${d.uniqueId}” written as the id “${base}”`;
      report({ where: d.where, action: "changed", message });
    }
    claim(d, base, "unique_id");
  }
  for (const d of events) {
    if (ids.has(d)) continue;
    const fromHeadline = slugify(d.headline);
    claim(d, fromHeadline || `event-${slugify(d.date)}`, fromHeadline ? "headline" : "date");
  }
  return ids;
}

export function assignActors(events: EventDraft[], report: (n: ImportNote) => void) {
  const actors: Actor[] = [];
  const idOfGroup = new Map<string, string>();
  let ungrouped = 0;
  for (const d of [...events].sort((a, b) => a.index - b.index)) {
    if (!d.group) ungrouped++;
    const name = d.group ?? UNGROUPED;
    if (idOfGroup.has(name)) continue;
    const id = slugify(name) || "group";
    const same = actors.find((a) => a.id === id);
    if (same) {
      const message = `group “${name}” merged into the actor “${same.name}” (both are “${id}”)`;
      report({ where: d.where, action: "changed", message });
    } else {
      actors.push({ id, name });
    }
    idOfGroup.set(name, id);
  }
  if (ungrouped > 0) {
    const message =
      `${ungrouped} event${ungrouped === 1 ? " has" : "s have"} no group; ` +
      `${ungrouped === 1 ? "it is" : "they are"} under the actor “${UNGROUPED}”`;
    report({ where: "story", action: "changed", message });
  }
  return { actors, actorOf: (d: EventDraft) => idOfGroup.get(d.group ?? UNGROUPED) ?? "" };
}
