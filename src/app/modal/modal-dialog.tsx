import { useEffect, useId, useRef, type ReactNode } from "react";
import { PillButton } from "../button/pill-button.tsx";
import "./modal-dialog.css";

export interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's heading and accessible name. */
  title: string;
  /** Extra class for the dialog's own layout (its width, say). */
  className?: string;
  /** Whether the Close button takes focus on open (when nothing inside asks for it first). */
  focusClose?: boolean;
  children: ReactNode;
}

/**
 * A native modal `<dialog>` with a heading and a Close button: Esc, the button or a click outside
 * closes it, and focus goes back where it was. Esc here does not reach the event panel behind it.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  className,
  focusClose = false,
  children,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={className ? `modal-dialog ${className}` : "modal-dialog"}
      aria-labelledby={titleId}
      closedby="any"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === "Escape") e.stopPropagation();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <form method="dialog">
        <PillButton type="submit" size="large" className="dialog-close" autoFocus={focusClose}>
          Close
        </PillButton>
      </form>
    </dialog>
  );
}
