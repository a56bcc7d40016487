import type { Json } from "../core/json-diff.ts";
import { PillButton } from "../app/button/pill-button.tsx";
import { DateField } from "./date-field.tsx";
import { CheckField, SelectField, TextField } from "./field.tsx";
import { getIn } from "./paths.ts";
import type { Change } from "./editor-state.ts";
import type { Path } from "./paths.ts";
import { recordAt, recordsAt, stringsAt, textOf, withoutItem } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { Remove } from "./text-list.tsx";

/** The lists inside an event that cite its sources: its quotes and its competing accounts. */

interface ListProps {
  eventPath: Path;
}

function useSourceOptions(eventPath: Path) {
  const { story, change } = useFields();
  const sources = recordAt(story, ["sources"]);
  const options = Object.entries(sources).map(([id, s]) => ({
    id,
    label: `${textOf(recordAt(s, []).publisher) || id}: ${textOf(recordAt(s, []).title)}`,
  }));
  // A quote's or an account's source is one of the event's sources (validate.ts checks it).
  const pick = (path: Path) => (id: string) => {
    const cited = stringsAt(story, [...eventPath, "sources"]);
    const changes: Change[] = [[path, id]];
    if (id && !cited.includes(id))
      changes.push([
        [...eventPath, "sources"],
        [...cited, id],
      ]);
    change(changes);
  };
  return { options, pick };
}

export function QuoteList({ eventPath }: ListProps) {
  const { story, set } = useFields();
  const path = [...eventPath, "quotes"];
  const quotes = recordsAt(story, path);
  const { options, pick } = useSourceOptions(eventPath);
  const add = () => {
    const date = textOf(getIn(story, [...eventPath, "date"]) as Json | undefined);
    set(path, [
      ...quotes,
      {
        text: "",
        speaker: "",
        date: date.split("/")[0] ?? "",
        source: "",
        language: "",
        translated: false,
      },
    ]);
  };
  return (
    <section className="studio-list" aria-label="Quotes">
      <h3>Quotes</h3>
      {quotes.map((_, i) => (
        <fieldset key={i} className="studio-group">
          <legend>Quote {i + 1}</legend>
          <TextField
            label="Quote"
            path={[...path, i, "text"]}
            multiline
            hint="Verbatim, as published in the source."
          />
          <TextField label="Speaker" path={[...path, i, "speaker"]} />
          <TextField label="Role" path={[...path, i, "role"]} optional />
          <DateField label="Said on" path={[...path, i, "date"]} />
          <SelectField
            label="Quote source"
            path={[...path, i, "source"]}
            options={options}
            onPick={pick([...path, i, "source"])}
          />
          <TextField
            label="Quote language"
            path={[...path, i, "language"]}
            hint="The language it was said in: en, ru, uk…"
          />
          <CheckField label="Translated" path={[...path, i, "translated"]} />
          <TextField label="As reported" path={[...path, i, "asReported"]} optional />
          <Remove what={`quote ${i + 1}`} onClick={() => set([...path, i], undefined)} />
        </fieldset>
      ))}
      <PillButton size="small" onClick={add}>
        Add quote
      </PillButton>
    </section>
  );
}

export function AccountList({ eventPath }: ListProps) {
  const { story, set } = useFields();
  const path = [...eventPath, "accounts"];
  const accounts = recordsAt(story, path);
  const { options, pick } = useSourceOptions(eventPath);
  const actors = recordsAt(story, ["actors"]).map((a) => ({
    id: textOf(a.id),
    label: textOf(a.name),
  }));
  const remove = (i: number) => set(path, withoutItem(accounts, i));
  return (
    <section className="studio-list" aria-label="Accounts">
      <h3>Accounts</h3>
      {accounts.map((_, i) => (
        <fieldset key={i} className="studio-group">
          <legend>Account {i + 1}</legend>
          <SelectField label="Whose account" path={[...path, i, "actor"]} options={actors} />
          <TextField label="Account" path={[...path, i, "text"]} multiline />
          <SelectField
            label="Account source"
            path={[...path, i, "source"]}
            options={options}
            onPick={pick([...path, i, "source"])}
          />
          <Remove what={`account ${i + 1}`} onClick={() => remove(i)} />
        </fieldset>
      ))}
      <PillButton
        size="small"
        onClick={() => set(path, [...accounts, { actor: "", text: "", source: "" }])}
      >
        Add account
      </PillButton>
    </section>
  );
}
