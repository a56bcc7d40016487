import { PillButton } from "../app/button/pill-button.tsx";
import type { Change } from "./editor-state.ts";
import { DateField } from "./date-field.tsx";
import { EventHistory } from "./event-history.tsx";
import { AccountList, QuoteList } from "./event-parts.tsx";
import { TextField, useMessages } from "./field.tsx";
import { MediaList } from "./media-form.tsx";
import { ActorPicker, AddInline, TagPicker } from "./pickers.tsx";
import { SourcePicker } from "./source-form.tsx";
import { isPublished, proposeId, recordsAt, stringsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { TextList } from "./text-list.tsx";

/**
 * A published event's id is its link: changing it keeps the old one as an earlier id (`aliases`),
 * whose link still opens the event, and follows it in the key moments.
 */
function ChangeId({ index }: { index: number }) {
  const { story, change } = useFields();
  const events = recordsAt(story, ["events"]);
  const event = events[index];
  const old = textOf(event?.id);
  const rename = (text: string) => {
    const taken = events.flatMap((e, i) =>
      i === index ? [] : [textOf(e.id), ...stringsAt(e, ["aliases"])],
    );
    const id = proposeId(text, taken, "event");
    if (id === old) return;
    const aliases = stringsAt(story, ["events", index, "aliases"]).filter((a) => a !== id);
    const keyMoments = stringsAt(story, ["keyMoments"]);
    change([
      [["events", index, "id"], id],
      [
        ["events", index, "aliases"],
        [...aliases, old],
      ],
      ...(keyMoments.includes(old)
        ? [[["keyMoments"], keyMoments.map((k) => (k === old ? id : k))] as Change]
        : []),
    ]);
  };
  return (
    <div className="studio-picker">
      <AddInline label="New id" button="Change id, keep the old link" onAdd={rename} />
    </div>
  );
}

export interface EventFormProps {
  index: number;
  onRemove: () => void;
}

/**
 * One event's form: every field of the schema's event, with its quotes, accounts, media, update
 * and corrections.
 */
export function EventForm({ index, onRemove }: EventFormProps) {
  const { story, base, change } = useFields();
  const path = ["events", index] as const;
  const events = recordsAt(story, ["events"]);
  // What the validator says of the event as a whole ("records a change but the story has no
  // published"): under its heading, and where a problem's link to it lands.
  const whole = useMessages(path);
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
    <section
      className="studio-form"
      aria-labelledby="event-form-heading"
      id={whole.id}
      tabIndex={-1}
      aria-describedby={whole.describedBy}
    >
      <h2 id="event-form-heading">{textOf(event.title) || "New event"}</h2>
      {whole.messages}
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
      {locked ? <ChangeId index={index} /> : null}
      {/* A new event has no earlier links to keep. */}
      {inFile || event.aliases !== undefined ? (
        <TextList
          legend="Earlier ids"
          path={[...path, "aliases"]}
          item="Earlier id"
          hint="/events/<earlier id> still opens this event; removing one breaks links to it."
        />
      ) : null}
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
      <MediaList eventPath={path} />
      <EventHistory eventPath={path} />
      <PillButton size="small" onClick={onRemove} disabled={locked}>
        Remove this event
      </PillButton>
    </section>
  );
}
