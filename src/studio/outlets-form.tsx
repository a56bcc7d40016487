import { recordAt, textOf } from "./story-lists.ts";
import { useFields } from "./studio-context.ts";
import { TextList } from "./text-list.tsx";

/**
 * Each publisher's own sites (the story's `outlets`), by the name its sources give as publisher.
 * Once one is named every publisher must be, and a source linking elsewhere must say it is a copy
 * (src/core/source-checks.ts); the validator's messages say where, beside the source's fields.
 */
export function OutletsForm() {
  const { story, set } = useFields();
  const outlets = recordAt(story, ["outlets"]);
  const publishers = Object.values(recordAt(story, ["sources"])).map((s) =>
    textOf(recordAt(s, []).publisher),
  );
  const names = [...new Set([...Object.keys(outlets), ...publishers.filter(Boolean)])];
  // The last domain of the last outlet removes "outlets": an empty one would ask for every publisher.
  const clear = (name: string) => {
    const rest = Object.fromEntries(Object.entries(outlets).filter(([k]) => k !== name));
    set(["outlets"], Object.keys(rest).length === 0 ? undefined : rest);
  };
  return (
    <section className="studio-form" aria-labelledby="outlets-heading">
      <h2 id="outlets-heading">Outlets</h2>
      <p className="field-hint">
        Each publisher's own sites, by domain (reuters.com stands for its subdomains too). Name one,
        and every publisher needs its own; a source linking elsewhere is marked as a copy.
      </p>
      {names.map((name) => (
        <TextList
          key={name}
          legend={`Sites of ${name}`}
          path={["outlets", name]}
          item="Domain"
          onCleared={() => clear(name)}
        />
      ))}
      {names.length === 0 ? <p>No sources yet.</p> : null}
    </section>
  );
}
