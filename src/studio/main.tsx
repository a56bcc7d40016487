import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "../app/error-boundary.tsx";
import { validateStoryText } from "../core/validate.ts";
import { readDisk } from "./api.ts";
import { BrokenFile } from "./broken-file.tsx";
import { StudioApp } from "./studio-app.tsx";
import "../app/styles.css";
import "./studio.css";

const root = document.getElementById("root");
if (!root) throw new Error("src/studio/index.html has no #root element");
const file = await readDisk();
const checked = validateStoryText(file.name, file.text);
// Only a syntax error (or an empty or oversized file) leaves nothing to put in the forms.
const unreadable =
  !checked.ok && checked.problems.some((p) => p.path === "(json)" || p.path === "(root)");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      {unreadable ? (
        <BrokenFile name={file.name} problems={checked.problems} />
      ) : (
        <StudioApp initial={file} />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
