import { useState } from "react";
import type { Json } from "../core/json-diff.ts";
import { PillButton } from "../app/button/pill-button.tsx";
import { DateField } from "./date-field.tsx";
import { SelectField, TextField, useMessages } from "./field.tsx";
import { ChoiceList } from "./pickers.tsx";
import { getIn } from "./paths.ts";
import type { Path } from "./paths.ts";
import { proposeId, recordAt, stringsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { TextList } from "./text-list.tsx";

const COPY_KINDS = [
  { id: "syndicated", label: "Syndicated: republished by arrangement" },
  { id: "copy", label: "A copy or mirror" },
  { id: "archive", label: "An archive's snapshot" },
];

/** Whether the linked page is the publisher's own (`copy` absent) or a copy elsewhere, and of what. */
function CopyFields({ path }: { path: Path }) {
  const { story, set } = useFields();
  const copyPath = [...path, "copy"];
  const isCopy = getIn(story, copyPath) !== undefined;
  const { id, describedBy, messages } = useMessages(copyPath);
  return (
    <div className="studio-picker" id={id} tabIndex={-1} aria-describedby={describedBy}>
      <SelectField
        label="Where the link goes"
        path={[...copyPath, "kind"]}
        options={COPY_KINDS}
        none="The publisher's own site"
        onPick={(kind) =>
          set(copyPath, kind === "" ? undefined : { ...recordAt(story, copyPath), kind })
        }
      />
      {messages}
      {isCopy ? (
        <TextField
          label="Original"
          path={[...copyPath, "original"]}
          optional
          hint="The page on the publisher's own site, where it is known."
        />
      ) : null}
    </div>
  );
}

/** One source's fields (the story's `sources[id]`), in the Sources section and inline in an event. */
export function SourceFields({ id }: { id: string }) {
  const path = ["sources", id];
  return (
    <fieldset className="studio-group">
      <legend>Source {id}</legend>
      <TextField label="Source title" path={[...path, "title"]} />
      <TextField label="Publisher" path={[...path, "publisher"]} />
      <TextField label="URL" path={[...path, "url"]} />
      <CopyFields path={path} />
      <TextList
        legend="Archived copies"
        path={[...path, "archived"]}
        item="Archived copy"
        hint="Copies of the same text elsewhere, in case the cited page changes or goes."
      />
      <DateField label="Published" path={[...path, "published"]} optional />
      <TextField
        label="Language"
        path={[...path, "language"]}
        hint="A language code: en, ru, uk…"
      />
    </fieldset>
  );
}

const EMPTY = { title: "", publisher: "", url: "", published: "", language: "" };

/** A source added from within an event: written to the story's sources and cited by the event. */
function NewSource({ eventPath }: { eventPath: Path }) {
  const { story, change } = useFields();
  const [draft, setDraft] = useState(EMPTY);
  const [open, setOpen] = useState(false);
  const field = (key: keyof typeof EMPTY, label: string) => (
    <div className="studio-field">
      <label htmlFor={`new-source-${key}`}>{label}</label>
      <input
        id={`new-source-${key}`}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  if (!open) {
    return (
      <PillButton size="small" onClick={() => setOpen(true)}>
        New source
      </PillButton>
    );
  }
  const add = () => {
    const taken = Object.keys(recordAt(story, ["sources"]));
    const id = proposeId(`${draft.publisher} ${draft.published || draft.title}`, taken, "source");
    const source: Record<string, Json> = {
      title: draft.title,
      publisher: draft.publisher,
      url: draft.url,
      ...(draft.published.trim() ? { published: draft.published.trim() } : {}),
      language: draft.language,
    };
    change([
      [["sources", id], source],
      [
        [...eventPath, "sources"],
        [...stringsAt(story, [...eventPath, "sources"]), id],
      ],
    ]);
    setDraft(EMPTY);
    setOpen(false);
  };
  return (
    <fieldset className="studio-group">
      <legend>New source</legend>
      {field("title", "Source title")}
      {field("publisher", "Publisher")}
      {field("url", "URL")}
      {field("published", "Published")}
      {field("language", "Language")}
      <PillButton
        size="small"
        primary
        onClick={add}
        disabled={!draft.title.trim() && !draft.url.trim()}
      >
        Add source
      </PillButton>
      <PillButton size="small" onClick={() => setOpen(false)}>
        Cancel
      </PillButton>
    </fieldset>
  );
}

/** The event's sources: chosen from the story's list, or added here; new ones editable in place. */
export function SourcePicker({ eventPath }: { eventPath: Path }) {
  const { story, base } = useFields();
  const sources = recordAt(story, ["sources"]);
  const options = Object.entries(sources).map(([id, s]) => {
    const source = recordAt(s, []);
    return { id, label: `${textOf(source.publisher) || id}: ${textOf(source.title)}` };
  });
  const known = recordAt(base, ["sources"]);
  const added = stringsAt(story, [...eventPath, "sources"]).filter(
    (id) => id in sources && !(id in known),
  );
  return (
    <div className="studio-picker">
      <ChoiceList legend="Sources" path={[...eventPath, "sources"]} options={options} />
      {added.map((id) => (
        <SourceFields key={id} id={id} />
      ))}
      <NewSource eventPath={eventPath} />
    </div>
  );
}
