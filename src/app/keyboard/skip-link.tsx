import { focusEventList } from "../list/event-list.tsx";

/** The first stop for the Tab key: past the masthead and the timeline, to the list. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#events-list"
      onClick={(e) => {
        e.preventDefault();
        focusEventList();
      }}
    >
      Skip to the list of events
    </a>
  );
}
