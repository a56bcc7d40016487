import { useContext, useState } from "react";
import { PillButton } from "../button/pill-button.tsx";
import { EmbedDialog } from "./embed-dialog.tsx";
import { embedSnippet } from "./embed-snippet.ts";
import { EmbedContext } from "./embed-context.ts";
import "../embed/embed.css";

/** "Embed", beside Share: a dialog with the iframe code of the current view (full page only). */
export function EmbedButton() {
  const target = useContext(EmbedContext);
  const [snippet, setSnippet] = useState("");
  if (!target) return null;
  return (
    <>
      <PillButton
        className="embed-open"
        aria-haspopup="dialog"
        onClick={() => setSnippet(embedSnippet(target.url(), target.title))}
      >
        <span aria-hidden="true" className="embed-icon">
          {"</>"}
        </span>
        Embed
      </PillButton>
      {snippet && <EmbedDialog snippet={snippet} onClose={() => setSnippet("")} />}
    </>
  );
}
