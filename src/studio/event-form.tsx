import { PillButton } from "../app/button/pill-button.tsx";
import type { Change } from "./editor-state.ts";
import { DateField } from "./date-field.tsx";
import { AccountList, CorrectionList, QuoteList } from "./event-parts.tsx";
import { TextField } from "./field.tsx";
import { ActorPicker, TagPicker } from "./pickers.tsx";
import { SourcePicker } from "./source-form.tsx";
import { isPublished, proposeId, recordsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";

export interface EventFormProps {
  index: number;
  onRemove: () => void;
}

/** One event's form: every field of the schema's event, its quotes, accounts and corrections. */
export function EventForm({ index, onRemove }: EventFormProps) {
  const { story, base, change } = useFields();
  const path = ["events", index] as const;
  const events = recordsAt(story, ["events"]);
  const event = events[index];
  if (!event) return null;
  const id = textOf(event.id);
  const locked = isPublished(base, id);
  const inFile = recordsAt(base, ["events"]).some((e) => e.id === id && id !== "");
  const otherIds = events.filter((_, i) => i !== index).map((e) => textOf(e.id));
  const proposal = (title: string) => proposeId(title, otherIds, "event");
  // A new event's id follows its title until the editor writes one of their own.
  const setTitle = (title: string) => {
    const follows = !inFile && (id === "" || id === proposal(textOf(event.title)));
    change([
      [[...path, "title"], title],
      ...(follows ? [[[...path, "id"], proposal(title)] as Change] : []),
    ]);
  };
  return (
    <section className="studio-form" aria-labelledby="event-form-heading">
      <h2 id="event-form-heading">{textOf(event.title) || "New event"}</h2>
      <TextField label="Title" path={[...path, "title"]} onText={setTitle} />
      <DateField label="Date" path={[...path, "date"]} />
      <TextField
        label="Display date"
        path={[...path, "displayDate"]}
        optional
        hint="Words shown in place of the date (“Spring 1848”); the date still places the event."
      />
      <TextField label="Summary" path={[...path, "summary"]} multiline />
      <TextField
        label="Id"
        path={[...path, "id"]}
        readOnly={locked}
        hint={
          locked
            ? `Published: /events/${id} is this event's link and stays as it is.`
            : "The event's link, /events/<id>: proposed from the title; fixed once published."
        }
      />
      <TextField label="Place" path={[...path, "place"]} optional />
      <ActorPicker eventPath={path} />
      <TagPicker eventPath={path} />
      <SourcePicker eventPath={path} />
      <QuoteList eventPath={path} />
      <AccountList eventPath={path} />
      <TextField
        label="Note"
        path={[...path, "note"]}
        optional
        multiline
        hint="An editor's caveat, shown to readers."
      />
      <DateField label="Added" path={[...path, "added"]} optional />
      <CorrectionList eventPath={path} />
      <PillButton size="small" onClick={onRemove} disabled={locked}>
        Remove this event
      </PillButton>
    </section>
  );
}
