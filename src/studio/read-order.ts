/**
 * The studio polls the story file while it also writes it. A poll's reply can arrive after a save
 * that began later: it holds the file as it was before the save, and taking it for a change on
 * disk would put the saved edit back. `begin()` is called as a read starts; the check it returns is
 * true only if no write began or ended since then, so a reply it refuses is dropped.
 */
export interface ReadOrder {
  begin: () => () => boolean;
  /** Called when a write of the file starts and when its reply comes. */
  wrote: () => void;
}

export function readOrder(): ReadOrder {
  let writes = 0;
  return {
    begin: () => {
      const at = writes;
      return () => at === writes;
    },
    wrote: () => {
      writes += 1;
    },
  };
}
