import type { ReactNode } from "react";
import { httpUrl } from "../../core/http-url.ts";
import "./quotes.css";

export interface SourceLinkProps {
  url: string;
  children: ReactNode;
}

/** A link out to a source; text alone when the URL is not http(s), so nothing else is ever a link. */
export function SourceLink({ url, children }: SourceLinkProps) {
  const href = httpUrl(url);
  return href ? (
    <a className="source-link" href={href} rel="noopener">
      {children}
    </a>
  ) : (
    <span className="source-link">{children}</span>
  );
}
