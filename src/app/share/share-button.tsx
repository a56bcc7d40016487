import { useState } from "react";
import { PillButton } from "../button/pill-button.tsx";
import { shareLink } from "./clipboard.ts";
import type { ShareOutcome } from "./clipboard.ts";
import "../panel/panel-bar.css";

const SAY: Record<ShareOutcome, string> = {
  shared: "",
  cancelled: "",
  copied: "Link copied",
  failed: "Could not copy. The link is: ",
};

export interface ShareButtonProps {
  /** The address to share, read when the reader presses the button. */
  url: () => string;
  title: string;
}

/** Shares the current view's link, and says visibly what happened. */
export function ShareButton({ url, title }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<{ said: ShareOutcome; url: string; title: string }>();
  // What was said about one event's link is not repeated beside the next event's.
  const said = outcome?.title === title ? outcome : undefined;
  const share = async () => {
    const link = url();
    setOutcome({ said: await shareLink({ url: link, title }), url: link, title });
  };
  return (
    <span className="share">
      <PillButton onClick={() => void share()}>
        <span aria-hidden="true" className="share-icon">
          ↗
        </span>
        Share
      </PillButton>
      <span role="status" className="share-status">
        {said && SAY[said.said]}
        {said?.said === "failed" && <span className="share-url">{said.url}</span>}
      </span>
    </span>
  );
}
