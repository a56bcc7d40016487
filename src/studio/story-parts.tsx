import type { Json } from "../core/json-diff.ts";
import { PillButton } from "../app/button/pill-button.tsx";
import { contrastWarning } from "./contrast.ts";
import { DateField } from "./date-field.tsx";
import { TextField, useMessages } from "./field.tsx";
import { AddInline } from "./pickers.tsx";
import { SourceFields } from "./source-form.tsx";
import { proposeId, recordAt, recordsAt, storyTags, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";

/** The story's lists: actors (with their lane colours), phases, tag names and sources. */

function ColourField({ index }: { index: number }) {
  const { story, set } = useFields();
  const path = ["actors", index, "color"];
  const colour = textOf(recordsAt(story, ["actors"])[index]?.color);
  const warning = contrastWarning(colour || undefined);
  const { id, invalid, describedBy, messages } = useMessages(
    path,
    warning && `Warning: ${warning}`,
  );
  return (
    <div className="studio-field">
      <label htmlFor={id}>Colour</label>
      <div className="studio-colour">
        <input
          id={id}
          type="text"
          value={colour}
          placeholder="#1f5fa8"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => set(path, e.target.value === "" ? undefined : e.target.value)}
        />
        <input
          type="color"
          aria-label="Colour picker"
          value={/^#[0-9a-f]{6}$/i.test(colour) ? colour : "#000000"}
          onChange={(e) => set(path, e.target.value)}
        />
      </div>
      {messages}
    </div>
  );
}

export function ActorsForm() {
  const { story, set } = useFields();
  const actors = recordsAt(story, ["actors"]);
  const add = (name: string) =>
    set(
      ["actors"],
      [
        ...actors,
        {
          id: proposeId(
            name,
            actors.map((a) => textOf(a.id)),
            "actor",
          ),
          name,
        },
      ],
    );
  return (
    <section className="studio-form" aria-labelledby="actors-heading">
      <h2 id="actors-heading">Actors</h2>
      {actors.map((a, i) => (
        <fieldset key={i} className="studio-group">
          <legend>Actor {textOf(a.name) || i + 1}</legend>
          <TextField label="Name" path={["actors", i, "name"]} />
          <TextField label="Id" path={["actors", i, "id"]} />
          <ColourField index={i} />
          <PillButton size="small" onClick={() => set(["actors", i], undefined)}>
            Remove actor
          </PillButton>
        </fieldset>
      ))}
      <AddInline label="New actor's name" button="Add actor" onAdd={add} />
    </section>
  );
}

export function PhasesForm() {
  const { story, set } = useFields();
  const phases = recordsAt(story, ["phases"]);
  const add = (title: string) =>
    set(
      ["phases"],
      [
        ...phases,
        {
          id: proposeId(
            title,
            phases.map((p) => textOf(p.id)),
            "phase",
          ),
          title,
          date: "",
        },
      ],
    );
  return (
    <section className="studio-form" aria-labelledby="phases-heading">
      <h2 id="phases-heading">Phases</h2>
      {phases.map((p, i) => (
        <fieldset key={i} className="studio-group">
          <legend>Phase {textOf(p.title) || i + 1}</legend>
          <TextField label="Phase title" path={["phases", i, "title"]} />
          <TextField label="Id" path={["phases", i, "id"]} />
          <DateField label="Dates" path={["phases", i, "date"]} />
          <PillButton size="small" onClick={() => set(["phases", i], undefined)}>
            Remove phase
          </PillButton>
        </fieldset>
      ))}
      <AddInline label="New phase's title" button="Add phase" onAdd={add} />
    </section>
  );
}

export function TagsForm() {
  const { story, set } = useFields();
  const names = recordAt(story, ["tags"]);
  const tags = storyTags(story);
  return (
    <section className="studio-form" aria-labelledby="tags-heading">
      <h2 id="tags-heading">Tags</h2>
      <p className="field-hint">
        Each tag's name for readers (the filter chips show it). Name one, and every tag needs a
        name.
      </p>
      {tags.map((tag) => (
        <TextField key={tag} label={`Name of ${tag}`} path={["tags", tag]} optional />
      ))}
      <AddInline
        label="New tag"
        button="Add tag"
        onAdd={(t) => set(["tags", proposeId(t, tags, "tag")], t as Json)}
      />
      {Object.keys(names).length === 0 && tags.length === 0 ? <p>No tags yet.</p> : null}
    </section>
  );
}

export function SourcesForm() {
  const { story } = useFields();
  const ids = Object.keys(recordAt(story, ["sources"]));
  return (
    <section className="studio-form" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <p className="field-hint">Add a source from the event that cites it (Sources, New source).</p>
      {ids.map((id) => (
        <SourceFields key={id} id={id} />
      ))}
    </section>
  );
}
