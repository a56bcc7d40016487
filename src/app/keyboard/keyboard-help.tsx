import { useState } from "react";
import { PillButton } from "../button/pill-button.tsx";
import { ShortcutsDialog } from "./shortcuts-dialog.tsx";
import { useGlobalShortcuts } from "./use-global-shortcuts.ts";
import "./keyboard.css";

export interface KeyboardHelpProps {
  /** The search box `/` moves to. */
  searchId: string;
}

/** The page-wide keys (`/`, `?`) and the button and dialog that list every shortcut. */
export function KeyboardHelp({ searchId }: KeyboardHelpProps) {
  const [open, setOpen] = useState(false);
  useGlobalShortcuts({
    focusSearch: () => {
      const input = document.getElementById(searchId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
    },
    showHelp: () => setOpen(true),
  });
  return (
    <>
      <PillButton
        size="large"
        className="shortcuts-button"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
      </PillButton>
      <ShortcutsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
