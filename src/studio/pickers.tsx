import { useState } from "react";
import { PillButton } from "../app/button/pill-button.tsx";
import { useMessages } from "./field.tsx";
import type { Change } from "./editor-state.ts";
import type { Path } from "./paths.ts";
import { proposeId, recordAt, recordsAt, storyTags, stringsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";

/**
 * Choosing an event's actors, tags and sources from the story's own, each with a way to add a new
 * one on the spot (an actor by name, a tag by id; a source has its own form, source-form.tsx).
 */

export interface ChoiceListProps {
  legend: string;
  path: Path;
  options: readonly { id: string; label: string }[];
}

/** A group of checkboxes over a list of ids, in the order they are chosen. */
export function ChoiceList({ legend, path, options }: ChoiceListProps) {
  const { story, set } = useFields();
  const chosen = stringsAt(story, path);
  const { id, describedBy, messages } = useMessages(path);
  const toggle = (option: string, on: boolean) =>
    set(path, on ? [...chosen, option] : chosen.filter((c) => c !== option));
  return (
    <fieldset className="studio-choices" id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {options.length === 0 ? <p className="field-hint">None in the story yet.</p> : null}
      {options.map((o) => (
        <label key={o.id} className="studio-choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
      {messages}
    </fieldset>
  );
}

export interface AddInlineProps {
  label: string;
  button: string;
  onAdd: (text: string) => void;
}

/** One text box and a button: a new actor's name, a new tag. */
export function AddInline({ label, button, onAdd }: AddInlineProps) {
  const [text, setText] = useState("");
  const [inputId] = useState(() => `add-${Math.random().toString(36).slice(2)}`);
  const add = () => {
    if (text.trim() === "") return;
    onAdd(text.trim());
    setText("");
  };
  return (
    <div className="studio-add-inline">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            add();
          }
        }}
      />
      <PillButton size="small" onClick={add} disabled={text.trim() === ""}>
        {button}
      </PillButton>
    </div>
  );
}

export function ActorPicker({ eventPath }: { eventPath: Path }) {
  const { story, change } = useFields();
  const actors = recordsAt(story, ["actors"]);
  const options = actors.map((a) => ({ id: textOf(a.id), label: textOf(a.name) || textOf(a.id) }));
  const addActor = (name: string) => {
    const id = proposeId(
      name,
      options.map((o) => o.id),
      "actor",
    );
    change([
      [["actors"], [...actors, { id, name }]],
      [
        [...eventPath, "actors"],
        [...stringsAt(story, [...eventPath, "actors"]), id],
      ],
    ]);
  };
  return (
    <div className="studio-picker">
      <ChoiceList legend="Actors" path={[...eventPath, "actors"]} options={options} />
      <AddInline label="New actor's name" button="Add actor" onAdd={addActor} />
    </div>
  );
}

export function TagPicker({ eventPath }: { eventPath: Path }) {
  const { story, change } = useFields();
  const names = recordAt(story, ["tags"]);
  const options = storyTags(story).map((t) => ({ id: t, label: textOf(names[t]) || t }));
  const addTag = (text: string) => {
    const id = proposeId(text, [], "tag");
    const tags = stringsAt(story, [...eventPath, "tags"]);
    change([
      [[...eventPath, "tags"], tags.includes(id) ? tags : [...tags, id]],
      // A story that names its tags must name every one (tag-checks.ts).
      ...(Object.keys(names).length > 0 && !(id in names) ? [[["tags", id], text] as Change] : []),
    ]);
  };
  return (
    <div className="studio-picker">
      <ChoiceList legend="Tags" path={[...eventPath, "tags"]} options={options} />
      <AddInline label="New tag" button="Add tag" onAdd={addTag} />
    </div>
  );
}
