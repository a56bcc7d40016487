import { createContext, useContext } from "react";
import type { DatedEvent } from "../../core/story-model.ts";

/** What the list, panel and log need to show a developing story's changes to this reader. */
export interface UpdatesValue {
  /** Events added, updated or corrected since the reader's last visit (empty on a first visit). */
  newIds: ReadonlySet<string>;
  /** The "New since your last visit" filter is on (`new=1`). */
  newOnly: boolean;
  setNewOnly: (on: boolean) => void;
  select: (eventId: string) => void;
}

const NONE: UpdatesValue = {
  newIds: new Set(),
  newOnly: false,
  setNewOnly: () => {},
  select: () => {},
};

export const UpdatesContext = createContext<UpdatesValue>(NONE);

export function useUpdates(): UpdatesValue {
  return useContext(UpdatesContext);
}

/** The marks a row carries, as words: "New since your last visit", "Updated". */
export function useChangeWords(event: DatedEvent): string[] {
  const { newIds } = useUpdates();
  return [
    newIds.has(event.id) ? "New since your last visit" : "",
    event.updated ? "Updated" : "",
  ].filter(Boolean);
}
