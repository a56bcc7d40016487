import { PillButton } from "../button/pill-button.tsx";
import { ResultCount } from "./result-count.tsx";
import "./filters.css";

export interface FilterSummaryProps {
  shown: number;
  total: number;
  /** A search or a filter is active. */
  active: boolean;
  pending: boolean;
  onClear: () => void;
}

/** The list's head: how many events are shown, and the way back to all of them. */
export function FilterSummary({ shown, total, active, pending, onClear }: FilterSummaryProps) {
  return (
    <div className="filter-summary">
      <ResultCount shown={shown} total={total} filtered={active} pending={pending} />
      <PillButton
        size="small"
        // Stays focusable when there is nothing to clear, so focus never falls to the page.
        aria-disabled={!active}
        onClick={() => active && onClear()}
      >
        Clear filters
      </PillButton>
    </div>
  );
}
