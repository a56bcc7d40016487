import { useEffect, useRef } from "react";

export interface StudioKeys {
  undo: () => void;
  redo: () => void;
  save: () => void | Promise<void>;
}

/** Ctrl (⌘) Z undoes, Ctrl Shift Z and Ctrl Y redo, Ctrl S saves: the studio's history, not a field's. */
export function useStudioKeys(keys: StudioKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const action =
        key === "z"
          ? event.shiftKey
            ? "redo"
            : "undo"
          : key === "y"
            ? "redo"
            : key === "s"
              ? "save"
              : undefined;
      if (!action) return;
      event.preventDefault();
      void latest.current[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
