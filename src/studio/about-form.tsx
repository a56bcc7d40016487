import { TextList } from "./text-list.tsx";

/** "About this timeline": how the story was checked, and the errors it corrects in reports. */
export function AboutForm() {
  return (
    <section className="studio-form" aria-labelledby="about-heading">
      <h2 id="about-heading">About</h2>
      <TextList
        legend="About this timeline"
        path={["about"]}
        item="Paragraph"
        multiline
        hint="How it was checked and what it corrects: one paragraph each."
      />
      <TextList
        legend="Corrections to reports of these events"
        path={["corrections"]}
        item="Correction to reports"
        multiline
        hint="Errors in others' reports of the story, closing “About”. A correction to this story goes with its event."
      />
    </section>
  );
}
