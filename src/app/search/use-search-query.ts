import { useEffect, useRef, useState } from "react";

/** How long typing may pause before the query is written to the view state (and the URL). */
const COMMIT_AFTER_MS = 300;

/**
 * The search's query. Results follow every keystroke through the returned draft; the view state
 * (and with it the URL) hears of the query once typing pauses, so history is not flooded, or at
 * once with `flush` (Enter). A query that changes from outside (Back, a link) replaces the draft.
 */
export function useSearchQuery(
  q: string,
  commit: (q: string) => void,
): [draft: string, setDraft: (q: string) => void, flush: (typed?: string) => void] {
  const [draft, setDraft] = useState(q);
  const [seen, setSeen] = useState(q);
  const [sent, setSent] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (q !== sent) {
      setSent(q);
      setDraft(q);
    }
  }

  // The latest callback, so a parent's re-render does not restart the pause.
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const wanted = draft.trim();
  // `typed`: the search box's text, which the draft may not have caught up with yet.
  const flush = (typed?: string) => {
    if (typed !== undefined && typed !== draft) setDraft(typed);
    const now = typed === undefined ? wanted : typed.trim();
    if (now === sent) return;
    setSent(now);
    commitRef.current(now);
  };

  useEffect(() => {
    if (wanted === sent) return;
    const timer = setTimeout(() => {
      setSent(wanted);
      commitRef.current(wanted);
    }, COMMIT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [wanted, sent]);

  return [draft, setDraft, flush];
}
