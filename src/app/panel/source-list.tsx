import { dateTimeAttribute, formatDate } from "../../core/dates.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { SourceLink } from "./source-link.tsx";

export interface SourceListProps {
  model: StoryModel;
  sourceIds: readonly string[];
}

/** The event's sources, numbered: outlet, title (the link), date published. */
export function SourceList({ model: model, sourceIds }: SourceListProps) {
  return (
    <div className="panel-block">
      <h3>Sources</h3>
      <ol className="sources">
        {sourceIds.map((id) => {
          const source = model.story.sources[id];
          if (!source) return <li key={id}>{id}</li>;
          const published = source.publishedWhen;
          return (
            <li key={id} className="source">
              <span className="source-publisher">{source.publisher}</span>
              {": "}
              <SourceLink url={source.url}>{source.title}</SourceLink>
              {published && (
                <>
                  {", "}
                  <time dateTime={dateTimeAttribute(published)}>{formatDate(published)}</time>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
