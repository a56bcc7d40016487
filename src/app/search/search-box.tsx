import "./search.css";

export const SEARCH_INPUT_ID = "search-events";

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter: the query is written to the URL now rather than after the typing pause. */
  onSubmit: () => void;
  /** The reader is about to search: a moment to prepare the index. */
  onPrepare: () => void;
}

/** The search landmark: one searchbox named "Search events". */
export function SearchBox({ value, onChange, onSubmit, onPrepare }: SearchBoxProps) {
  return (
    <search className="search">
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <label className="search-label" htmlFor={SEARCH_INPUT_ID}>
          Search events
        </label>
        <div className="search-field">
          <input
            id={SEARCH_INPUT_ID}
            className="search-input"
            type="search"
            value={value}
            placeholder="Words, names, places"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts="/"
            onChange={(e) => onChange(e.target.value)}
            onFocus={onPrepare}
            onPointerEnter={onPrepare}
          />
          <kbd className="search-key" aria-hidden="true">
            /
          </kbd>
        </div>
      </form>
    </search>
  );
}
