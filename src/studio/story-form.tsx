import { DateField } from "./date-field.tsx";
import { TextField } from "./field.tsx";
import { ChoiceList } from "./pickers.tsx";
import { recordsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";

/** The story's own fields: title, standfirst, key moments, focus and publication times. */
export function StoryForm() {
  const { story } = useFields();
  const events = recordsAt(story, ["events"]).map((e) => ({
    id: textOf(e.id),
    label: textOf(e.title) || textOf(e.id),
  }));
  return (
    <section className="studio-form" aria-labelledby="story-form-heading">
      <h2 id="story-form-heading">Story</h2>
      <TextField label="Story title" path={["title"]} />
      <TextField label="Standfirst" path={["description"]} multiline />
      <ChoiceList legend="Key moments" path={["keyMoments"]} options={events} />
      <DateField label="Focus" path={["focus"]} optional />
      <DateField label="Published at" path={["published"]} optional />
      <DateField label="Updated at" path={["updated"]} optional />
    </section>
  );
}
