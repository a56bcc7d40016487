import { useEffect, useMemo, useState } from "react";
import type { Story } from "../core/schema.ts";
import { PillButton } from "../app/button/pill-button.tsx";
import { AboutForm } from "./about-form.tsx";
import type { DiskFile } from "./api.ts";
import { ConflictBanner } from "./conflict-banner.tsx";
import { EventForm } from "./event-form.tsx";
import { fieldId } from "./paths.ts";
import { PreviewFrame } from "./preview-frame.tsx";
import { indexByPath, parentPath, sectionOf } from "./problems.ts";
import type { Section } from "./problems.ts";
import { ProblemsPanel } from "./problems-panel.tsx";
import { recordsAt, textOf } from "./story-lists.ts";
import { OutletsForm } from "./outlets-form.tsx";
import { ActorsForm, PhasesForm, SourcesForm, TagsForm } from "./story-parts.tsx";
import { StoryForm } from "./story-form.tsx";
import { StudioContext } from "./studio-context.ts";
import { StudioNav } from "./studio-nav.tsx";
import { useStudioKeys } from "./use-studio-keys.ts";
import { useStudio } from "./use-studio.ts";

const NEW_EVENT = {
  id: "",
  date: "",
  title: "",
  summary: "",
  actors: [],
  tags: [],
  quotes: [],
  sources: [],
};

/** Focuses a path's field, or the nearest field above it that the form has. */
function focusField(path: string): boolean {
  for (let p = path; ; p = parentPath(p)) {
    const element = document.getElementById(fieldId(p || "(root)"));
    if (element) {
      element.focus();
      return true;
    }
    if (!p) return false;
  }
}

export function StudioApp({ initial }: { initial: DiskFile }) {
  const studio = useStudio(initial);
  const { story, result, set, change } = studio;
  const [section, setSection] = useState<Section>({ kind: "story" });
  const problems = useMemo(() => (result.ok ? [] : result.problems), [result]);
  const fields = useMemo(
    () => ({
      story,
      base: studio.base,
      set,
      change,
      problems: indexByPath(problems),
      warnings: indexByPath(result.warnings),
    }),
    [story, studio.base, set, change, problems, result.warnings],
  );
  // The preview keeps the last story without problems while the current one has some.
  const [lastGood, setLastGood] = useState<Story | undefined>(undefined);
  if (result.ok && result.story !== lastGood) setLastGood(result.story);
  const events = recordsAt(story, ["events"]);
  const follow =
    section.kind === "event" ? textOf(events[section.index]?.id) || undefined : undefined;

  // A field to focus once its section has rendered.
  const [focusTarget, setFocusTarget] = useState<{ path: string } | undefined>();
  useEffect(() => {
    if (focusTarget && !focusField(focusTarget.path))
      document.getElementById("problems-heading")?.focus();
  }, [focusTarget]);
  const goTo = (path: string) => {
    setSection(sectionOf(path));
    setFocusTarget({ path });
  };
  const save = async () => {
    const outcome = await studio.save().catch(() => "failed" as const);
    const first = problems[0];
    if (outcome === "problems" && first) goTo(first.path);
  };
  const addEvent = () => {
    set(["events", events.length], NEW_EVENT);
    goTo(`events[${events.length}].title`);
  };
  useStudioKeys({ undo: studio.undo, redo: studio.redo, save });

  return (
    <StudioContext value={fields}>
      <div className="studio">
        <header className="studio-bar" aria-label="Studio">
          <h1>
            Studio <span className="studio-file">{studio.name}</span>
          </h1>
          <PillButton primary onClick={() => void save()}>
            Save
          </PillButton>
          <PillButton onClick={studio.undo} disabled={!studio.canUndo}>
            Undo
          </PillButton>
          <PillButton onClick={studio.redo} disabled={!studio.canRedo}>
            Redo
          </PillButton>
          <span className="studio-dirty">{studio.dirty ? "Unsaved changes" : "Saved"}</span>
          <p role="status" className="studio-status">
            {studio.status}
          </p>
        </header>
        {studio.changedOnDisk ? (
          <ConflictBanner onReload={studio.reloadFromDisk} onMerge={studio.mergeWithDisk} />
        ) : null}
        <ProblemsPanel
          problems={problems}
          warnings={result.warnings}
          onGo={goTo}
          onDraft={() => void studio.saveAsDraft()}
        />
        <div className="studio-columns">
          <StudioNav
            story={story}
            section={section}
            onSection={setSection}
            onAddEvent={addEvent}
            problemPaths={new Set(problems.map((p) => p.path))}
          />
          <main className="studio-main" aria-label="Editing">
            {section.kind === "story" ? <StoryForm /> : null}
            {section.kind === "about" ? <AboutForm /> : null}
            {section.kind === "actors" ? <ActorsForm /> : null}
            {section.kind === "phases" ? <PhasesForm /> : null}
            {section.kind === "tags" ? <TagsForm /> : null}
            {section.kind === "sources" ? (
              <>
                <SourcesForm />
                <OutletsForm />
              </>
            ) : null}
            {section.kind === "event" ? (
              <EventForm
                key={section.index}
                index={section.index}
                onRemove={() => {
                  set(["events", section.index], undefined);
                  setSection({ kind: "story" });
                }}
              />
            ) : null}
          </main>
          <PreviewFrame story={lastGood} follow={follow} stale={!result.ok} />
        </div>
      </div>
    </StudioContext>
  );
}
