import type { ReactNode } from "react";
import { PillButton } from "../button/pill-button.tsx";
import { EmbedButton } from "../share/embed-button.tsx";
import "./panel-bar.css";

export interface PanelBarProps {
  onClose: () => void;
  children?: ReactNode;
}

/** The panel's tools: whatever it is given (Share), Embed (on the full page), then Close. */
export function PanelBar({ onClose, children }: PanelBarProps) {
  return (
    <div className="panel-bar">
      {children}
      <EmbedButton />
      <PillButton onClick={onClose}>
        <span aria-hidden="true" className="close-icon">
          ×
        </span>
        Close
      </PillButton>
    </div>
  );
}
