import { useState } from "react";
import { PillButton } from "../button/pill-button.tsx";
import { ModalDialog } from "../modal/modal-dialog.tsx";
import { copyText } from "./clipboard.ts";

export interface EmbedDialogProps {
  /** The iframe snippet of the view the reader had when they opened the dialog; "" while closed. */
  snippet: string;
  onClose: () => void;
}

/**
 * A modal with the embed code in a read-only text field (first to take focus, and selected when it
 * does, for copying by hand) and a button that copies it, saying visibly whether that worked.
 */
export function EmbedDialog({ snippet, onClose }: EmbedDialogProps) {
  const [copied, setCopied] = useState<{ ok: boolean; snippet: string }>();
  const open = snippet !== "";
  // What was said about one snippet is not repeated beside another.
  const said = copied?.snippet === snippet ? copied : undefined;
  const copy = async () => setCopied({ ok: await copyText(snippet), snippet });

  return (
    <ModalDialog open={open} onClose={onClose} title="Embed this view" className="embed-dialog">
      <p>
        Paste this code into your page’s HTML. It shows the timeline as you see it now, with the
        open event; readers can choose other events in it, or open the full timeline in a new tab.
      </p>
      <label className="embed-code-label" htmlFor="embed-code">
        Embed code
      </label>
      <textarea
        id="embed-code"
        className="embed-code"
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-actions">
        <PillButton size="large" primary onClick={() => void copy()}>
          Copy embed code
        </PillButton>
        <span role="status" className="embed-status">
          {said && (said.ok ? "Copied" : "Could not copy: select the code and copy it yourself")}
        </span>
      </div>
    </ModalDialog>
  );
}
