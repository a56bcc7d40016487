import { PillButton } from "../button/pill-button.tsx";
import { useUpdates } from "./updates-context.ts";
import "./updates.css";

/**
 * "New since your last visit (3)": a filter like the chips, kept in the URL (`new=1`). Hidden on
 * a first visit and when nothing changed, unless a link turned it on (then it is there to turn off).
 */
export function NewSinceFilter() {
  const { newIds, newOnly, setNewOnly } = useUpdates();
  if (newIds.size === 0 && !newOnly) return null;
  return (
    <div className="new-since-filter">
      <PillButton size="small" aria-pressed={newOnly} onClick={() => setNewOnly(!newOnly)}>
        New since your last visit ({newIds.size})
      </PillButton>
    </div>
  );
}
