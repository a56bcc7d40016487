import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from "react";
import type { Json } from "../core/json-diff.ts";
import { sameJson } from "../core/json-diff.ts";
import { listedMediaFiles } from "../core/media-checks.ts";
import { validateStoryText } from "../core/validate.ts";
import type { ValidationResult } from "../core/validate.ts";
import type { DiskFile } from "./api.ts";
import { readDisk, saveDraft, saveToDisk } from "./api.ts";
import { editorReducer, startEditing } from "./editor-state.ts";
import type { Change, EditorState } from "./editor-state.ts";
import { mergeStories } from "./merge.ts";
import type { Path } from "./paths.ts";
import { readOrder } from "./read-order.ts";
import { forget, recall, remember } from "./unsaved.ts";

/**
 * The studio's state: the story as edited (with undo), the file it came from, live validation by
 * the validator the build uses, changes kept in this browser until saved, and the file on disk
 * watched so that nobody's edit is overwritten without being seen.
 */

const POLL_MS = 1500;

export interface Studio {
  name: string;
  story: Json;
  /** The story as the file held it when this editor last read or wrote it. */
  base: Json;
  result: ValidationResult;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  set: (path: Path, value: Json | undefined) => void;
  change: (changes: readonly Change[]) => void;
  undo: () => void;
  redo: () => void;
  /** The file as it is now on disk, when it changed since `base`; undefined otherwise. */
  changedOnDisk: DiskFile | undefined;
  reloadFromDisk: () => void;
  mergeWithDisk: () => string[];
  save: () => Promise<"saved" | "problems" | "conflict">;
  saveAsDraft: () => Promise<void>;
  /** What the last action did, for the status line (a live region). */
  status: string;
  restored: boolean;
}

const parse = (text: string): Json => JSON.parse(text) as Json;

export function useStudio(initial: DiskFile): Studio {
  const { name } = initial;
  const [start] = useState(() => {
    const kept = recall(name);
    const disk = parse(initial.text);
    if (!kept || sameJson(kept.story, disk)) return { kept: undefined, disk };
    return { kept, disk };
  });
  const [editor, dispatch] = useReducer(
    editorReducer,
    start.kept?.story ?? start.disk,
    startEditing,
  ) as [EditorState, (a: Parameters<typeof editorReducer>[1]) => void];
  const [base, setBase] = useState<{ story: Json; version: string }>(() =>
    start.kept
      ? { story: start.kept.base, version: start.kept.version }
      : { story: start.disk, version: initial.version },
  );
  const [changedOnDisk, setChanged] = useState<DiskFile | undefined>(() =>
    start.kept && start.kept.version !== initial.version ? initial : undefined,
  );
  const [status, setStatus] = useState(
    start.kept ? "Restored your unsaved changes from this browser." : "",
  );
  const story = editor.present;
  const dirty = !sameJson(story, base.story);
  const checked = useDeferredValue(story);
  // The media folder as last read: a local file not in it is a problem here as in the build.
  const [media, setMedia] = useState(initial.media);
  const files = useMemo(() => listedMediaFiles(media.dir, media.files), [media]);
  const result = useMemo(
    () => validateStoryText(name, JSON.stringify(checked, null, 2), files),
    [name, checked, files],
  );

  // Unsaved changes stay in this browser until they are saved, so a reload loses nothing.
  useEffect(() => {
    if (dirty) remember(name, { version: base.version, base: base.story, story });
    else forget(name);
  }, [name, dirty, story, base]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  const latest = useRef({ dirty, base, story });
  useEffect(() => {
    latest.current = { dirty, base, story };
  });
  const adopt = useCallback((file: DiskFile | { text: string; version: string }) => {
    const disk = parse(file.text);
    setBase({ story: disk, version: file.version });
    setChanged(undefined);
    return disk;
  }, []);

  const [reads] = useState(readOrder);
  useEffect(() => {
    const timer = setInterval(() => {
      const current = reads.begin();
      readDisk()
        .then((file) => {
          if (!current()) return;
          setMedia((old) => (sameJson(old, file.media) ? old : file.media));
          if (file.version === latest.current.base.version) return setChanged(undefined);
          if (!latest.current.dirty) {
            dispatch({ kind: "replace", story: adopt(file) });
            setStatus(
              "The file changed on disk; the studio reloaded it (you had no unsaved changes).",
            );
          } else setChanged((seen) => (seen?.version === file.version ? seen : file));
        })
        .catch(() =>
          setStatus("The studio's server does not answer; your changes are kept in this browser."),
        );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [adopt, reads]);

  const set = useCallback(
    (path: Path, value: Json | undefined) => dispatch({ kind: "set", path, value, at: Date.now() }),
    [],
  );

  const change = useCallback(
    (changes: readonly Change[]) => dispatch({ kind: "set-many", changes, at: Date.now() }),
    [],
  );

  return {
    name,
    story,
    base: base.story,
    result,
    dirty,
    canUndo: editor.past.length > 0,
    canRedo: editor.future.length > 0,
    set,
    change,
    undo: () => dispatch({ kind: "undo" }),
    redo: () => dispatch({ kind: "redo" }),
    changedOnDisk,
    reloadFromDisk: () => {
      if (!changedOnDisk) return;
      dispatch({ kind: "replace", story: adopt(changedOnDisk) });
      setStatus(
        "Reloaded the file from disk; your changes were set aside (Undo brings them back).",
      );
    },
    mergeWithDisk: () => {
      if (!changedOnDisk) return [];
      const merged = mergeStories(base.story, story, adopt(changedOnDisk));
      dispatch({ kind: "replace", story: merged.story });
      const n = merged.conflicts.length;
      setStatus(
        n === 0
          ? "Merged the changes on disk with yours. Nothing is saved until you save."
          : `Merged; ${n} field${n === 1 ? "" : "s"} changed on both sides kept your version: ${merged.conflicts.join(", ")}.`,
      );
      return merged.conflicts;
    },
    save: async () => {
      // Checked now, not from the deferred check, which may be a keystroke behind.
      const now = validateStoryText(name, JSON.stringify(story, null, 2), files);
      if (!now.ok) {
        const n = now.problems.length;
        setStatus(
          `Not saved: the story has ${n} problem${n === 1 ? "" : "s"} (see Problems). You can save a draft copy.`,
        );
        return "problems";
      }
      reads.wrote();
      const reply = await saveToDisk(base.version, story).finally(reads.wrote);
      if (reply.kind === "conflict") {
        setChanged(reply.file as DiskFile);
        setStatus("Not saved: the file changed on disk since you opened it. Reload it or merge.");
        return "conflict";
      }
      if (reply.kind === "invalid") {
        setStatus(`Not saved: ${reply.problems[0]?.message ?? "the story has problems"}.`);
        return "problems";
      }
      const saved = { story, version: reply.file.version };
      // A poll before the next render compares with what was just written.
      latest.current = { dirty: false, base: saved, story };
      setBase(saved);
      setStatus(`Saved ${name}.`);
      return "saved";
    },
    saveAsDraft: async () => {
      const { draft } = await saveDraft(story);
      setStatus(`Saved a draft copy as ${draft}; ${name} is unchanged.`);
    },
    status,
    restored: start.kept !== undefined,
  };
}
