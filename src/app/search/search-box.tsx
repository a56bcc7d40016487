import { startTransition, useState } from "react";
import { received, typed, typedText } from "./typed-text.ts";
import "./search.css";

export const SEARCH_INPUT_ID = "search-events";

export interface SearchBoxProps {
  /** The app's query: what the results follow. */
  value: string;
  onChange: (value: string) => void;
  /** Enter: the query typed is written to the URL now rather than after the typing pause. */
  onSubmit: (value: string) => void;
  /** The reader is about to search: a moment to prepare the index. */
  onPrepare: () => void;
}

/**
 * The search landmark: one searchbox named "Search events". The box keeps its own text (see
 * typed-text.ts): a keystroke re-renders the box alone, and the app's query follows in a
 * transition, so the results (at 10,000 events: the list, the chips, the chart's dimming) never
 * hold back the letter typed, and a key typed meanwhile interrupts them.
 */
export function SearchBox({ value, onChange, onSubmit, onPrepare }: SearchBoxProps) {
  const [state, setState] = useState(() => typedText(value));
  const [seen, setSeen] = useState(value);
  let current = state;
  if (value !== seen) {
    setSeen(value);
    current = received(state, value);
    setState(current);
  }
  return (
    <search className="search">
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(current.text);
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
            value={current.text}
            placeholder="Words, names, places"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts="/"
            onChange={(e) => {
              const text = e.target.value;
              setState((s) => typed(s, text));
              startTransition(() => onChange(text));
            }}
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
