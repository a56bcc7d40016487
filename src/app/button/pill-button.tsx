import type { ComponentProps } from "react";
import "./pill-button.css";

/**
 * small: inside text and lists (Copy quote, Clear filters, the filter chips); medium: toolbars (the
 * panel's Share, Embed and Close, the embed's bar); large: beside a 2.75rem field and in dialogs.
 * On phones every size is a 44 px target.
 */
export type PillSize = "small" | "medium" | "large";

export interface PillStyle {
  size?: PillSize;
  /** Filled with the accent colour: the one main action of a dialog. */
  primary?: boolean;
  /** The caller's own classes, for layout and for what it holds. */
  className?: string;
}

/** The classes of the pill button, for a link that must look like one. */
export function pillClass({ size = "medium", primary = false, className }: PillStyle): string {
  return ["pill-button", size, primary ? "primary" : "", className ?? ""].filter(Boolean).join(" ");
}

export type PillButtonProps = Omit<ComponentProps<"button">, "className"> & PillStyle;

/** The app's one button style: every button that is not a list row or a chart control is this. */
export function PillButton({
  size,
  primary,
  className,
  type = "button",
  ...props
}: PillButtonProps) {
  return <button type={type} className={pillClass({ size, primary, className })} {...props} />;
}
