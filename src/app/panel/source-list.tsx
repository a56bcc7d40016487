import { dateTimeAttribute, formatDate } from "../../core/dates.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { archivedLabel, sourceLabel } from "../../core/citation.ts";
import { SourceLink } from "./source-link.tsx";
import "./sources.css";

export interface SourceListProps {
  model: StoryModel;
  sourceIds: readonly string[];
}

/**
 * The event's sources, numbered: outlet (and the site the link opens when it is not the outlet's
 * own), title (the link), date published, and any kept copies of the same text. An event may cite
 * none while it is edited (imports keep unsourced events); readers are told so rather than shown
 * nothing.
 */
export function SourceList({ model: model, sourceIds }: SourceListProps) {
  if (sourceIds.length === 0) {
    return (
      <div className="panel-block">
        <h3>Sources</h3>
        <p className="no-sources">No source cited</p>
      </div>
    );
  }
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
              <span className="source-publisher">{sourceLabel(source)}</span>
              {": "}
              <SourceLink url={source.url}>{source.title}</SourceLink>
              {published && (
                <>
                  {", "}
                  <time dateTime={dateTimeAttribute(published)}>{formatDate(published)}</time>
                </>
              )}
              {source.archived && (
                <span className="source-archived">
                  {" (also "}
                  {source.archived.map((url, i) => (
                    <span key={url}>
                      {i > 0 && ", "}
                      <SourceLink url={url}>{archivedLabel(url)}</SourceLink>
                    </span>
                  ))}
                  {")"}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
