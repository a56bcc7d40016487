import { dateTimeAttribute, parseEdtf } from "../model/dates.ts";
import type { Timeline } from "../model/load.ts";
import { readableDate } from "./quote-text.ts";
import { SourceLink } from "./source-link.tsx";

export interface SourceListProps {
  timeline: Timeline;
  sourceIds: readonly string[];
}

/** The event's sources, numbered: outlet, title (the link), date published. */
export function SourceList({ timeline, sourceIds }: SourceListProps) {
  return (
    <div className="panel-block">
      <h3>Sources</h3>
      <ol className="sources">
        {sourceIds.map((id) => {
          const source = timeline.story.sources[id];
          if (!source) return <li key={id}>{id}</li>;
          const published = source.published ? parseEdtf(source.published) : undefined;
          return (
            <li key={id} className="source">
              <span className="source-publisher">{source.publisher}</span>
              {": "}
              <SourceLink url={source.url}>{source.title}</SourceLink>
              {published && (
                <>
                  {", "}
                  <time dateTime={dateTimeAttribute(published)}>
                    {readableDate(published.edtf)}
                  </time>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
