import type { ReactNode } from "react";
import { PillButton } from "../app/button/pill-button.tsx";
import { TextField, useMessages } from "./field.tsx";
import type { Path } from "./paths.ts";
import { stringsAt, withoutItem } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";

/** The button that takes one item out of a list, naming it ("Remove quote 2"). */
export function Remove({ what, onClick }: { what: string; onClick: () => void }) {
  return (
    <PillButton size="small" onClick={onClick}>
      Remove {what}
    </PillButton>
  );
}

export interface TextListProps {
  legend: string;
  path: Path;
  /** Each item's label, numbered: "Paragraph" → "Paragraph 1", "Paragraph 2"… */
  item: string;
  multiline?: boolean;
  hint?: ReactNode;
  /** In place of removing the list with its last item: for a list inside a record (an outlet's). */
  onCleared?: () => void;
}

/**
 * A list of strings (the story's "About" paragraphs, its media hosts, a source's archived copies,
 * an event's earlier ids): one field per item, each with the validator's messages for its path.
 * The last one removed removes the list, which the schema wants absent rather than empty.
 */
export function TextList({ legend, path, item, multiline, hint, onCleared }: TextListProps) {
  const { story, set } = useFields();
  const items = stringsAt(story, path);
  const { id, describedBy, messages } = useMessages(path, hint);
  const lower = item.toLowerCase();
  const remove = (i: number) => {
    const rest = withoutItem(items, i);
    if (rest === undefined && onCleared) onCleared();
    else set(path, rest);
  };
  return (
    <fieldset className="studio-group" id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {messages}
      {items.map((_, i) => (
        <div key={i} className="studio-list-item">
          <TextField label={`${item} ${i + 1}`} path={[...path, i]} multiline={multiline} />
          <Remove what={`${lower} ${i + 1}`} onClick={() => remove(i)} />
        </div>
      ))}
      <PillButton size="small" onClick={() => set(path, [...items, ""])}>
        Add {lower}
      </PillButton>
    </fieldset>
  );
}
