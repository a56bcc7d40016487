import { Component } from "react";
import type { ReactNode } from "react";
import "./static-page.css";

export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/**
 * When rendering fails anywhere below it (a component throws, the timeline's code fails to load),
 * the reader gets a message and a way back instead of a white page. A class, because only a class
 * can catch render errors in React. It does not log: React already reports each error it catches
 * to the console once (createRoot's default onCaughtError). Errors outside rendering (event
 * handlers, timers) do not reach it; they leave the page as it was.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="static-page error-page">
        <h1>Something went wrong</h1>
        <p>
          An error stopped the timeline from showing. Nothing you did caused it, and the story is
          not lost: loading the page again usually brings it back.
        </p>
        <p>
          <a href={import.meta.env.BASE_URL}>Reload the timeline</a>
        </p>
      </main>
    );
  }
}
