import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { buildStoryModel } from "../../core/story-model.ts";
import type { StoryModel } from "../../core/story-model.ts";
import { ErrorBoundary } from "../../app/error-boundary.tsx";
import { Page } from "../../app/page.tsx";
import { isPreviewMessage, PREVIEW_READY } from "../preview-message.ts";
import "../../app/styles.css";

/*
 * The reading view moves focus to what it opens (the panel's title). In the preview that would pull
 * the producer's cursor out of the field they are typing in, so focus moves only while the preview
 * itself has it.
 */
const focus = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function focusWhenFocused(this: HTMLElement, options?: FocusOptions) {
  if (document.hasFocus()) focus.call(this, options);
};

/** The reading view of the story the studio sends, redrawn as it changes. */
function Preview() {
  const [shown, setShown] = useState<{
    model: StoryModel;
    follow: string | undefined;
    n: number;
  }>();
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== window.parent) return;
      if (!isPreviewMessage(event.data)) return;
      const { story, follow } = event.data;
      setShown((old) => ({ model: buildStoryModel(story), follow, n: (old?.n ?? 0) + 1 }));
    };
    window.addEventListener("message", listen);
    window.parent.postMessage(PREVIEW_READY, location.origin);
    return () => window.removeEventListener("message", listen);
  }, []);
  if (!shown) return <p>Loading the preview…</p>;
  // A new story is a new page: the chart is seeded once with its items (see src/app/chart/).
  return <Page key={shown.n} model={shown.model} follow={shown.follow} />;
}

const root = document.getElementById("root");
if (!root) throw new Error("preview/index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <Preview />
    </ErrorBoundary>
  </StrictMode>,
);
