import type { StoryModel } from "../../core/story-model.ts";
import type { Account } from "../../core/schema.ts";
import { sourceLabel } from "../../core/citation.ts";
import { SourceLink } from "./source-link.tsx";
import "./sources.css";

export interface AccountsProps {
  model: StoryModel;
  accounts: readonly Account[];
}

/** Competing accounts of the same event, side by side, each with whose it is and where it is from. */
export function Accounts({ model, accounts }: AccountsProps) {
  return (
    <div className="panel-block">
      <h3>Competing accounts</h3>
      <ul className="accounts">
        {accounts.map((account, i) => {
          const actor = model.actorById.get(account.actor);
          const source = model.story.sources[account.source];
          return (
            <li
              key={i}
              className="account"
              style={actor?.color ? { borderTopColor: actor.color } : undefined}
            >
              <p className="account-actor">{actor?.name ?? account.actor}</p>
              <p className="account-text">{account.text}</p>
              <p className="account-source">
                Source:{" "}
                {source ? (
                  <SourceLink url={source.url}>{sourceLabel(source)}</SourceLink>
                ) : (
                  account.source
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
