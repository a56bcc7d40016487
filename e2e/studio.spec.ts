import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { lineDiff } from "./support/line-diff.ts";
import { STUDIO_DIR, STUDIO_FILE, STUDIO_URL } from "./urls.ts";

// One story file on disk: the tests take turns with it, each from a fresh copy.
test.describe.configure({ mode: "serial", timeout: 60_000 });

const FIXTURE = "e2e/fixtures/small-story.json";
const original = readFileSync(FIXTURE, "utf8");

test.beforeEach(async ({ page }) => {
  copyFileSync(FIXTURE, STUDIO_FILE);
  rmSync(`${STUDIO_DIR}/story.draft.json`, { force: true });
  // Leaving with unsaved changes asks first; these tests answer "leave".
  page.on("dialog", (dialog) => void dialog.accept());
});

async function open(page: Page) {
  await page.goto(STUDIO_URL);
  await expect(page.getByRole("list", { name: "Events" })).toBeVisible();
}

async function openEvent(page: Page, title: string) {
  await page.getByRole("list", { name: "Events" }).getByRole("button", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test("an event with a quote and a new source, made in the forms, is saved and nothing else changes", async ({
  page,
}) => {
  await open(page);
  await page.getByRole("button", { name: "Add event" }).click();
  await field(page, "Title").fill("Ceasefire offer");
  await expect(field(page, "Id")).toHaveValue("ceasefire-offer");
  await field(page, "Date").fill("2025-03-16");
  await field(page, "Summary").fill("North offers a pause in the fighting.");
  await page.getByRole("group", { name: "Actors" }).getByLabel("North").check();
  await page.getByRole("group", { name: "Tags" }).getByLabel("diplomacy").check();

  await page.getByRole("button", { name: "New source" }).click();
  const newSource = page.getByRole("group", { name: "New source" });
  await newSource.getByLabel("Source title").fill("North offers a pause");
  await newSource.getByLabel("Publisher").fill("Fixture Wire");
  await newSource.getByLabel("URL").fill("https://example.org/wire/pause");
  await newSource.getByLabel("Published").fill("2025-03-16");
  await newSource.getByLabel("Language").fill("en");
  await newSource.getByRole("button", { name: "Add source" }).click();
  await expect(
    page.getByRole("group", { name: "Sources" }).getByLabel(/North offers a pause/),
  ).toBeChecked();

  await page.getByRole("button", { name: "Add quote" }).click();
  const quote = page.getByRole("group", { name: "Quote 1" });
  await quote.getByLabel("Quote", { exact: true }).fill("We offer a pause.");
  await quote.getByLabel("Speaker").fill("A. Speaker");
  await expect(quote.getByLabel("Said on")).toHaveValue("2025-03-16");
  await quote
    .getByLabel("Quote source")
    .selectOption({ label: "Fixture Wire: North offers a pause" });
  await quote.getByLabel("Quote language").fill("en");

  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText("No problems.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");

  // npm run validate passes on the written file…
  execFileSync("npx", ["tsx", "src/cli/validate.ts", STUDIO_FILE], { stdio: "pipe" });
  const written = readFileSync(STUDIO_FILE, "utf8");
  const story = JSON.parse(written) as { events: { id: string }[]; sources: object };
  const event = story.events.find((e) => e.id === "ceasefire-offer");
  expect(event).toEqual({
    id: "ceasefire-offer",
    date: "2025-03-16",
    title: "Ceasefire offer",
    summary: "North offers a pause in the fighting.",
    actors: ["north"],
    tags: ["diplomacy"],
    quotes: [
      {
        text: "We offer a pause.",
        speaker: "A. Speaker",
        date: "2025-03-16",
        source: "fixture-wire-2025-03-16",
        language: "en",
        translated: false,
      },
    ],
    sources: ["fixture-wire-2025-03-16"],
  });
  // …and the diff is that event and its source: no line of the file changes, moves or goes.
  const { removed, added } = lineDiff(original, written);
  expect(removed).toEqual([]);
  // The source (6 lines, and the "}," closing the one before it), the event (17, and its "},").
  expect(added).toHaveLength(26);
  const rest = JSON.parse(written) as typeof story;
  rest.events = rest.events.filter((e) => e.id !== "ceasefire-offer");
  delete (rest.sources as Record<string, unknown>)["fixture-wire-2025-03-16"];
  expect(rest).toEqual(JSON.parse(original));
});

test("a date the validator refuses shows its message at once, and a good one clears it", async ({
  page,
}) => {
  await open(page);
  await openEvent(page, "Talks open");
  const date = field(page, "Date");
  await date.fill("03/13/2025");
  const message = '"03/13/2025" is not an EDTF date: write 2025-03-13';
  await expect(date).toHaveAccessibleDescription(new RegExp(message.replace(/[/.]/g, "\\$&")));
  await expect(date).toHaveAttribute("aria-invalid", "true");
  const problems = page.getByRole("region", { name: "Problems" });
  await expect(problems).toContainText(message);

  // A failed save changes nothing on disk and moves focus to the first problem.
  await field(page, "Title").focus();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(date).toBeFocused();
  expect(readFileSync(STUDIO_FILE, "utf8")).toBe(original);
  await problems.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("status")).toContainText("story.draft.json");
  expect(readFileSync(`${STUDIO_DIR}/story.draft.json`, "utf8")).toContain('"date": "03/13/2025"');
  expect(readFileSync(STUDIO_FILE, "utf8")).toBe(original);

  await date.fill("2025-03-13");
  await expect(date).not.toHaveAttribute("aria-invalid");
  await expect(date).toHaveAccessibleDescription("Reads: 13 March 2025");
  await expect(problems).not.toContainText("EDTF");
});

test("a change on disk meanwhile is detected, never overwritten, and can be merged", async ({
  page,
}) => {
  await open(page);
  await openEvent(page, "Talks open");
  await field(page, "Title").fill("Talks open in Geneva");
  // Someone edits another event in a text editor.
  const theirs = original.replace(
    "The leaders speak by phone.",
    "The leaders speak by phone for an hour.",
  );
  writeFileSync(STUDIO_FILE, theirs);
  await expect(page.getByRole("alert")).toContainText("The file changed on disk");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Not saved: the file changed on disk");
  expect(readFileSync(STUDIO_FILE, "utf8")).toBe(theirs);

  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("alert")).toBeHidden();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");
  const merged = readFileSync(STUDIO_FILE, "utf8");
  expect(merged).toContain("The leaders speak by phone for an hour.");
  expect(merged).toContain('"title": "Talks open in Geneva"');
});

test("an unsaved change survives a reload, and undo and redo step through it", async ({ page }) => {
  await open(page);
  await openEvent(page, "Evening call");
  await field(page, "Summary").fill("The leaders speak by phone at length.");
  await page.reload();
  await expect(page.getByRole("status")).toHaveText(
    "Restored your unsaved changes from this browser.",
  );
  await openEvent(page, "Evening call");
  await expect(field(page, "Summary")).toHaveValue("The leaders speak by phone at length.");
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  expect(readFileSync(STUDIO_FILE, "utf8")).toBe(original);

  await field(page, "Title").fill("Evening phone call");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(field(page, "Title")).toHaveValue("Evening call");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(field(page, "Title")).toHaveValue("Evening phone call");
});

test("the preview is the reading view of the story as edited, on the event being edited", async ({
  page,
}) => {
  await open(page);
  await openEvent(page, "Summit week");
  const preview = page.frameLocator('iframe[title="Preview of the reading view"]');
  const panel = preview.getByRole("region", { name: "Event details" });
  await expect(panel.getByRole("heading", { name: "Summit week" }).first()).toBeVisible();
  await field(page, "Title").fill("Summit week in Vienna");
  await expect(panel.getByRole("heading", { name: "Summit week in Vienna" }).first()).toBeVisible();
  // Typing stays in the form: the preview never takes the focus.
  await expect(field(page, "Title")).toBeFocused();
});

test("a published event's id is locked; changing it keeps the old id as a link", async ({
  page,
}) => {
  await open(page);
  await page.getByRole("button", { name: "Story", exact: true }).click();
  await field(page, "Published at").fill("2025-03-28T09:00+00:00");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");
  await openEvent(page, "Talks open");
  await expect(field(page, "Id")).toHaveAttribute("readonly", "");
  await field(page, "New id").fill("Talks begin");
  await page.getByRole("button", { name: "Change id, keep the old link" }).click();
  await expect(field(page, "Id")).toHaveValue("talks-begin");
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The status still says the first save; the mark beside it tells this one has landed.
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  const story = JSON.parse(readFileSync(STUDIO_FILE, "utf8")) as { events: object[] };
  expect(story.events[0]).toMatchObject({ id: "talks-begin", aliases: ["talks-open"] });
  execFileSync("npx", ["tsx", "src/cli/validate.ts", STUDIO_FILE], { stdio: "pipe" });
});

test("the studio's write endpoint refuses requests without the page's token or from elsewhere", async ({
  request,
}) => {
  const api = new URL("/__studio/story", STUDIO_URL).href;
  expect((await request.get(api)).status()).toBe(403);
  const put = await request.put(api, {
    data: { base: "x", story: {} },
    headers: { Origin: "https://evil.example" },
  });
  expect(put.status()).toBe(403);
  expect(readFileSync(STUDIO_FILE, "utf8")).toBe(original);
});

test("the studio has no accessibility violations (axe)", async ({ page }) => {
  await open(page);
  await openEvent(page, "Conditions set out");
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(found).toEqual([]);
});
