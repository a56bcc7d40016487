import { DateField } from "./date-field.tsx";
import { TextField } from "./field.tsx";
import { LeadImage } from "./media-form.tsx";
import { ChoiceList } from "./pickers.tsx";
import { recordsAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { TextList } from "./text-list.tsx";

/** The story's own fields: title, standfirst, key moments, focus, publication times and media. */
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
      <LeadImage />
      <TextList
        legend="Media hosts"
        path={["mediaHosts"]}
        item="Media host"
        hint="The sites remote images may come from (upload.wikimedia.org): each learns of every reader who sees its image."
      />
    </section>
  );
}
