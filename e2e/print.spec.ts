import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { buildStoryModel } from "../src/core/story-model.ts";
import type { Story } from "../src/core/schema.ts";
import { chart } from "./support/chart.ts";
import { STORY_URL } from "./urls.ts";

/**
 * Printing gives the chronology: every event with its date, title, summary and quotes with their
 * speakers, the sources as numbered notes with their URLs, and nothing interactive. Checked on the
 * page laid out for print and in the PDF Chromium prints (its text read back with pdf.js).
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const story = JSON.parse(readFileSync(join(ROOT, "data/events.json"), "utf8")) as Story;
const model = buildStoryModel(story);

/** The page as the printer lays it out (the app renders its printout on the print media query). */
async function openForPrint(page: Page) {
  await page.goto(STORY_URL);
  await expect(chart(page).events().first()).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-event")).toHaveCount(model.events.length);
}

/** The text of each page of a PDF, its runs joined by spaces and its white space collapsed. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    const runs = content.items.map((item) => ("str" in item ? item.str : ""));
    pages.push(runs.join(" ").replace(/\s+/g, " ").trim());
  }
  await document.destroy();
  return pages;
}

/** Text as pdf.js reads it back: runs split anywhere, so compare without any white space. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

test("the printout holds every event with its date, title, summary and quotes, and no controls", async ({
  page,
}) => {
  await openForPrint(page);
  const events = page.locator(".print-event");
  for (const [i, event] of model.events.entries()) {
    const printed = events.nth(i);
    await expect(printed.getByRole("heading", { level: 3 })).toHaveText(event.title);
    await expect(printed).toContainText(event.summary);
    for (const quote of event.quotes) {
      await expect(printed).toContainText(quote.text);
      await expect(printed).toContainText(quote.speaker);
    }
  }
  // Nothing to press or type into on paper.
  for (const role of ["button", "searchbox", "link"] as const) {
    await expect(page.getByRole(role).filter({ visible: true })).toHaveCount(0);
  }
  await expect(chart(page).root).toBeHidden();
  await expect(page.getByRole("list", { name: "Events" })).toBeHidden();
});

test("sources print as numbered notes with their URLs, each cited by number", async ({ page }) => {
  await openForPrint(page);
  const notes = page.locator(".print-notes > li");
  const cited = new Set(
    model.events.flatMap((e) => [
      ...e.quotes.map((q) => q.source),
      ...(e.accounts ?? []).map((a) => a.source),
      ...e.sources,
    ]),
  );
  await expect(notes).toHaveCount(cited.size);
  const texts = await notes.allTextContents();
  for (const id of cited) {
    const url = story.sources[id]!.url;
    expect(texts.filter((text) => text.includes(url)).length, id).toBeGreaterThan(0);
  }
  // The first event's first source is note 1, and the event says so.
  const first = model.events[0]!;
  await expect(page.locator(".print-event").first().locator(".print-sources")).toContainText("1");
  expect(texts[0]).toContain(story.sources[first.quotes[0]?.source ?? first.sources[0]!]!.url);
});

test("a note for a copy names the site it is on, and lists the copies kept of an original", async ({
  page,
}) => {
  await openForPrint(page);
  const notes = page.locator(".print-notes > li");
  const copy = story.sources["reuters-treasury-gl-8l-expiry-copy"]!;
  await expect(notes.filter({ hasText: copy.url })).toContainText(
    `Reuters, copy at seedsforwealth.com, “${copy.title}”`,
  );
  const nbc = story.sources["nbc-kremlin-kellogg"]!;
  const nbcNote = notes.filter({ hasText: nbc.url });
  await expect(nbcNote).toContainText(`NBC News, “${nbc.title}”`);
  for (const url of nbc.archived ?? []) {
    await expect(nbcNote).toContainText(`copy at ${new URL(url).hostname}: ${url}`);
  }
  // The corrections close "About this timeline" on paper too.
  const about = page.locator(".print-about");
  await expect(
    about.getByRole("heading", { name: "Corrections to reports of these events" }),
  ).toBeAttached();
  await expect(about).toContainText(story.corrections![1]!);
});

test("page.pdf() prints the whole chronology with its notes, on pages none of which is empty", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openForPrint(page);
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const pages = await pdfPages(pdf);
  test.info().annotations.push({ type: "pdf", description: `${pages.length} A4 pages` });
  await test.info().attach("chronology.pdf", { body: pdf, contentType: "application/pdf" });

  expect(pages.every((text) => text.length > 0)).toBe(true);
  const all = squeeze(pages.join(" "));
  expect(all).toContain(squeeze(story.title));
  for (const event of model.events) expect(all, event.id).toContain(squeeze(event.title));
  expect(all).toContain("Sources");
  // The last note's URL is on the last page: the notes are not cut off.
  const lastNote = await page.locator(".print-notes > li .print-url").last().textContent();
  expect(squeeze(pages.at(-1) ?? "")).toContain(squeeze(lastNote ?? "missing"));
  // No control made it onto paper.
  for (const label of ["Zoom in", "Show all", "Search events", "Keyboard shortcuts"]) {
    expect(all).not.toContain(squeeze(label));
  }
});

test("the browser's own print (beforeprint) renders the printout in time, and drops it after", async ({
  page,
}) => {
  await page.goto(STORY_URL);
  await expect(page.locator(".print-chronology")).toHaveCount(0);
  const rendered = await page.evaluate(() => {
    dispatchEvent(new Event("beforeprint"));
    // Synchronously after the handlers, as a browser lays out the page for print.
    return document.querySelectorAll(".print-event").length;
  });
  expect(rendered).toBe(model.events.length);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator(".print-chronology")).toHaveCount(0);
});
