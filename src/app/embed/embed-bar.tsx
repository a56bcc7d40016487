import { PillButton, pillClass } from "../button/pill-button.tsx";

export interface EmbedBarProps {
  title: string;
  /** The full page's address for the view the embed shows. */
  pageUrl: string;
  /** The id of the list this bar shows and hides. */
  listId: string;
  listOpen: boolean;
  onToggleList: () => void;
}

/** The embed's one line of chrome: the story's title, the list's toggle, the way to the full page. */
export function EmbedBar({ title, pageUrl, listId, listOpen, onToggleList }: EmbedBarProps) {
  return (
    <header className="embed-bar">
      <h1 className="embed-title">{title}</h1>
      <PillButton aria-expanded={listOpen} aria-controls={listId} onClick={onToggleList}>
        Event list
      </PillButton>
      <a
        className={pillClass({ className: "embed-page-link" })}
        href={pageUrl}
        target="_blank"
        rel="noopener"
      >
        Open full timeline
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </header>
  );
}
