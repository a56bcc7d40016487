import { PillButton } from "../app/button/pill-button.tsx";
import { DateField } from "./date-field.tsx";
import { TextField, useMessages } from "./field.tsx";
import { getIn } from "./paths.ts";
import type { Path } from "./paths.ts";
import { recordsAt, withoutItem } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { Remove } from "./text-list.tsx";

/**
 * An event's history since the story was published (src/core/updates.ts): when it was added, its
 * latest update, its corrections. Their times are zoned date-times, for every reader one instant.
 */

interface HistoryProps {
  eventPath: Path;
}

const ZONED = "A date and time with its zone: 2025-03-19T09:00+00:00.";

/** The event's latest change since publication (`updated`: one, replaced by the next). */
function LatestUpdate({ eventPath }: HistoryProps) {
  const { story, set } = useFields();
  const path = [...eventPath, "updated"];
  const { id, describedBy, messages } = useMessages(path);
  if (getIn(story, path) === undefined) {
    return (
      <PillButton size="small" onClick={() => set(path, { at: "", what: "" })}>
        Add an update
      </PillButton>
    );
  }
  return (
    <fieldset className="studio-group" id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>Latest update</legend>
      {messages}
      <p className="field-hint">
        Readers see the event marked Updated, and this in the log. A later update replaces it.
      </p>
      <DateField label="Updated at" path={[...path, "at"]} />
      <TextField
        label="What changed"
        path={[...path, "what"]}
        multiline
        hint="In readers' words: “Added the Kremlin's readout of the call.”"
      />
      <Remove what="the update" onClick={() => set(path, undefined)} />
    </fieldset>
  );
}

function CorrectionList({ eventPath }: HistoryProps) {
  const { story, set } = useFields();
  const path = [...eventPath, "corrections"];
  const corrections = recordsAt(story, path);
  return (
    <section className="studio-list" aria-label="Corrections">
      <h4>Corrections</h4>
      {corrections.map((_, i) => (
        <fieldset key={i} className="studio-group">
          <legend>Correction {i + 1}</legend>
          <DateField label="Corrected at" path={[...path, i, "at"]} />
          <TextField label="Correction" path={[...path, i, "text"]} multiline />
          <Remove
            what={`correction ${i + 1}`}
            onClick={() => set(path, withoutItem(corrections, i))}
          />
        </fieldset>
      ))}
      <PillButton size="small" onClick={() => set(path, [...corrections, { at: "", text: "" }])}>
        Add correction
      </PillButton>
    </section>
  );
}

export function EventHistory({ eventPath }: HistoryProps) {
  return (
    <section className="studio-list" aria-label="Changes since publication">
      <h3>Changes since publication</h3>
      <p className="field-hint">{ZONED}</p>
      <DateField label="Added" path={[...eventPath, "added"]} optional />
      <LatestUpdate eventPath={eventPath} />
      <CorrectionList eventPath={eventPath} />
    </section>
  );
}
