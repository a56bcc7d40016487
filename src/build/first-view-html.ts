import { createHash } from "node:crypto";
import { firstView } from "../core/chart/first-view.ts";
import type { FirstView, FirstViewMark } from "../core/chart/first-view.ts";
import { STRIP_PX, stripHeight } from "../core/chart/overview-rules.ts";
import { PHASE_LANE, toGroups } from "../core/chart/to-items.ts";
import { focusWindow } from "../core/chart/window-math.ts";
import type { StoryModel } from "../core/story-model.ts";
import { html } from "./html.ts";
import type { Html } from "./html.ts";

/**
 * The chart's first view in the start page (the markup of src/app/chart/first-view-strip.tsx,
 * styled by its first-view*.css): the reader sees the lanes and every event of the first window,
 * each a link to its page with `data-id`, in the first paint, before any script; the app draws
 * the same, measured, when it starts, and vis then draws it again in place.
 *
 * The build knows neither the reader's width nor zone. Places are percentages of the lanes'
 * width, so they hold at any width; counts depend on the width (a count holds what is closer than
 * 36 px), so the page carries two views, one for a desktop and one for a phone (the app's
 * `max-width: 720px`), each counted at a usual width. Days are midnights in the reader's zone
 * as in the build's, so they fall alike; a time with its own zone lies off by the difference
 * between the two zones (about 1 px an hour at the story's first zoom) until the app starts.
 *
 * Places reach the page as a stylesheet of their own (a `<style>` whose hash the page's CSP
 * allows): the CSP allows no style attributes, and data never reaches a style (ids are slugs,
 * colours were checked as hex by the schema and are checked again here).
 */

/** The drawing widths the two views are counted at: 1280 and 390 CSS px wide windows. */
const WIDE_PX = 1080;
const NARROW_PX = 228;
const HEX = /^#[0-9a-f]{3,8}$/i;

const pct = (x: number) => `${Math.round(x * 1e6) / 1e4}%`;

interface Sheet {
  rules: string[];
  /** A class for a place: `fv-p3`, its rule written into the sheet. */
  place: (at: number, width?: number, row?: number) => string;
}

function sheet(): Sheet {
  const rules: string[] = [];
  return {
    rules,
    place: (at, width = 0, row) => {
      const name = `fv-p${rules.length}`;
      const r = row === undefined ? "" : `;--row:${row}`;
      rules.push(`.${name}{--at:${pct(at)};--w:${pct(width)}${r}}`);
      return name;
    },
  };
}

function mark(m: FirstViewMark, s: Sheet, base: string): Html {
  if (m.kind === "count") {
    return html`<span class="fv-mark fv-count ${s.place(m.at)}" data-ids="${m.ids.join(" ")}"
      ><span class="fv-count-text">${m.ids.length}</span
      ><span class="visually-hidden"> events</span></span
    >`;
  }
  const also = m.item.className.includes("is-also");
  const kind = m.kind === "dot" ? "fv-dot" : "fv-tint";
  const place = s.place(m.at, m.kind === "tint" ? m.width : 0);
  return html`<a
    class="fv-mark ${kind} ${m.item.className} ${place}"
    data-id="${m.id}"
    href="${base}events/${encodeURIComponent(m.id)}/"
    title="${m.item.tooltip}"
    ${also ? html`aria-hidden="true" tabindex="-1"` : ""}
    ><span class="visually-hidden">${m.item.tooltip}</span></a
  >`;
}

function laneName(text: string): Html {
  return html`<span class="lane-name"
    ><span class="lane-swatch" aria-hidden="true"></span
    ><span class="lane-title">${text}</span></span
  >`;
}

function strip(model: StoryModel, view: FirstView, compact: boolean, s: Sheet, base: string) {
  const hasPhases = !compact && model.phases.length > 0;
  const lanes = toGroups(model).filter((g) => g.id !== PHASE_LANE);
  const hint = compact
    ? "Swipe sideways to move, pinch to zoom. Tap a dot to open it."
    : "Drag to move, scroll to zoom. A number counts several events: choose it to zoom in.";
  const variant = compact ? "is-compact fv-narrow" : "fv-wide";
  return html`<div class="event-timeline is-first-view ${variant}">
    <div class="timeline-bar">
      <p class="timeline-hint">${hint}</p>
      <div class="timeline-controls" role="group" aria-label="Timeline zoom">
        <button type="button" disabled><span aria-hidden="true">+</span> Zoom in</button>
        <button type="button" disabled><span aria-hidden="true">−</span> Zoom out</button>
        <button type="button" disabled>Show all</button>
      </div>
    </div>
    <div class="first-view">
      <div class="fv-names">
        <div class="fv-corner"></div>
        ${hasPhases && html`<div class="fv-name lane-phases fv-phase-lane">${laneName("Phases")}</div>`}
        ${lanes.map((g) => html`<div class="fv-name ${g.laneClass ?? ""}">${laneName(g.content)}</div>`)}
      </div>
      <div class="fv-center">
        <div class="fv-axis" aria-hidden="true"></div>
        <div class="fv-body">
          ${view.phases.map(
            (p) =>
              html`<span
                class="fv-band ${p.bandClass} ${s.place(p.band.at, p.band.width)}"
              ></span>`,
          )}
          ${
            hasPhases &&
            html`<div class="fv-lane fv-phase-lane" aria-hidden="true">
              ${view.phases.map(
                (p) =>
                  html`<span class="fv-phase ${s.place(p.at, p.width, p.row)}">${p.title}</span>`,
              )}
            </div>`
          }
          ${view.lanes.map(
            (lane) =>
              html`<div class="fv-lane ${lane.laneClass}">
                ${lane.marks.map((m) => mark(m, s, base))}
              </div>`,
          )}
        </div>
      </div>
    </div>
  </div>`;
}

export interface FirstViewHtml {
  /** The timeline area, both views. */
  body: Html;
  /** The stylesheet that places them, for a `<style>` element. */
  css: string;
  /** The CSP source that allows exactly that stylesheet. */
  cspSource: string;
}

export function firstViewHtml(model: StoryModel, base: string): FirstViewHtml {
  const window = focusWindow(model.focus);
  const s = sheet();
  const phases = model.phases.map((p) => p.when);
  const height = stripHeight(model.actors.length, phases);
  const phaseLane = height - STRIP_PX.axis - STRIP_PX.lane * model.actors.length;
  s.rules.push(
    `.timeline-area{--timeline-strip:${height}px;` +
      `--timeline-strip-compact:${stripHeight(model.actors.length, phases, true)}px;` +
      `--fv-phase-lane:${phaseLane}px}`,
  );
  for (const { laneClass, color } of toGroups(model)) {
    if (laneClass && color && HEX.test(color) && /^[\w-]+$/.test(laneClass)) {
      s.rules.push(`.event-timeline .${laneClass}{--lane-color:${color}}`);
    }
  }
  const wide = strip(model, firstView(model, window, WIDE_PX), false, s, base);
  const narrow = strip(model, firstView(model, window, NARROW_PX), true, s, base);
  const css = s.rules.join("\n");
  const hash = createHash("sha256").update(css, "utf8").digest("base64");
  return {
    body: html`<section class="timeline-area" aria-label="Timeline">${wide}${narrow}</section>`,
    css,
    cspSource: `'sha256-${hash}'`,
  };
}
