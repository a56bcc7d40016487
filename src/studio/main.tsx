import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../app/error-boundary.tsx";
import { readDisk } from "./api.ts";
import { StudioApp } from "./studio-app.tsx";
import "../app/styles.css";
import "./studio.css";

const root = document.getElementById("root");
if (!root) throw new Error("src/studio/index.html has no #root element");
const file = await readDisk();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <StudioApp initial={file} />
    </ErrorBoundary>
  </StrictMode>,
);
