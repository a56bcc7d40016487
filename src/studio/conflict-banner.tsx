import { PillButton } from "../app/button/pill-button.tsx";

export interface ConflictBannerProps {
  onReload: () => void;
  onMerge: () => void;
}

/** The file changed on disk while it was being edited here: nothing is overwritten unseen. */
export function ConflictBanner({ onReload, onMerge }: ConflictBannerProps) {
  return (
    <section className="studio-conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">The file changed on disk</h2>
      <p>
        Someone changed it since you opened it here (in a text editor, or by pulling from git).
        Saving is refused until you choose: reload it and set your changes aside (Undo brings them
        back), or merge its changes with yours.
      </p>
      <PillButton onClick={onReload}>Reload from disk</PillButton>
      <PillButton primary onClick={onMerge}>
        Merge
      </PillButton>
    </section>
  );
}
