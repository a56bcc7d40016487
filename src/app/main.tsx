import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { afterFirstPaint } from "./after-paint.ts";
import { App } from "./app.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import "./styles.css";
import "./print.css";
import "./media/media.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
afterFirstPaint(() =>
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
