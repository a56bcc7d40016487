import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { lineDiff } from "./support/line-diff.ts";
import { answerRemoteImages } from "./support/remote-images.ts";
import { routeBuild } from "./support/routed-build.ts";
import { buildApp } from "./support/served-build.ts";
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

const part = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Story parts" }).getByRole("button", { name, exact: true });

/** An origin no server holds: the spec's own builds are answered there by routeBuild. */
/**
 * Saves a story the studio finds no problem in, checks that `npm run validate` passes on the
 * written file, and returns the file's text.
 */
async function saveValid(page: Page): Promise<string> {
  await expect(page.getByRole("region", { name: "Problems" })).toContainText("No problems.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");
  execFileSync("npx", ["tsx", "src/cli/validate.ts", STUDIO_FILE], { stdio: "pipe" });
  return readFileSync(STUDIO_FILE, "utf8");
}

const BUILT = "http://built.test";

const ALT_REQUIRED =
  'is required for an image: say what it shows for readers who cannot see it, or set "decorative": true when it adds nothing';

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

  // npm run validate passes on the written file…
  const written = await saveValid(page);
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

test("media, an update, about, a correction to reports and outlets, made in the forms, are saved and nothing else changes", async ({
  page,
}) => {
  const asked = await answerRemoteImages(page, { width: 60, height: 40 });
  await open(page);
  await field(page, "Published at").fill("2025-03-28T09:00+00:00");
  await field(page, "Updated at").fill("2025-03-29T10:00+00:00");
  const hosts = page.getByRole("group", { name: "Media hosts" });
  await hosts.getByRole("button", { name: "Add media host" }).click();
  await hosts.getByLabel("Media host 1").fill("images.example.org");

  await part(page, "About").click();
  await page.getByRole("button", { name: "Add paragraph" }).click();
  await field(page, "Paragraph 1").fill("Every quote was checked against its source.");
  await page.getByRole("button", { name: "Add correction to reports" }).click();
  await field(page, "Correction to reports 1").fill("One report placed the talks in Vienna.");

  await part(page, "Sources").click();
  for (const publisher of ["The Fixture Gazette", "Fixture Wire"]) {
    const sites = page.getByRole("group", { name: `Sites of ${publisher}` });
    await sites.getByRole("button", { name: "Add domain" }).click();
    await sites.getByLabel("Domain 1").fill("example.org");
  }

  await openEvent(page, "Talks open");
  await page.getByRole("button", { name: "Add media" }).click();
  const media = page.getByRole("group", { name: "Media 1" });
  await expect(media.getByLabel("Kind")).toHaveValue("image");
  await media.getByLabel("URL", { exact: true }).fill("https://images.example.org/talks.png");
  await media.getByLabel("Credit").fill("Photo: Fixture Agency");
  // An image without alt text: the validator's message is beside the field, and tied to it.
  const alt = media.getByLabel("Alt text");
  await expect(alt).toHaveAttribute("aria-invalid", "true");
  await expect(alt).toHaveAccessibleDescription(new RegExp(ALT_REQUIRED));
  await alt.fill("Two delegations at a long table");
  await expect(alt).not.toHaveAttribute("aria-invalid");
  // The preview is the image as readers' browsers will fetch it.
  const preview = media.locator(".studio-media-preview img");
  await expect(preview).toHaveJSProperty("naturalWidth", 60);
  expect(asked.every((url) => url === "https://images.example.org/talks.png")).toBe(true);

  await page.getByRole("button", { name: "Add an update" }).click();
  const update = page.getByRole("group", { name: "Latest update" });
  await update.getByLabel("Updated at").fill("2025-03-29T10:00+00:00");
  await update.getByLabel("What changed").fill("Added a photograph of the opening session.");

  const written = await saveValid(page);
  const story = JSON.parse(written) as Record<string, unknown> & { events: object[] };
  expect(story).toMatchObject({
    about: ["Every quote was checked against its source."],
    corrections: ["One report placed the talks in Vienna."],
    outlets: { "The Fixture Gazette": ["example.org"], "Fixture Wire": ["example.org"] },
    published: "2025-03-28T09:00+00:00",
    updated: "2025-03-29T10:00+00:00",
    mediaHosts: ["images.example.org"],
  });
  const event = story.events[0] as Record<string, unknown>;
  expect(event.media).toEqual([
    {
      kind: "image",
      url: "https://images.example.org/talks.png",
      alt: "Two delegations at a long table",
      credit: "Photo: Fixture Agency",
    },
  ]);
  expect(event.updated).toEqual({
    at: "2025-03-29T10:00+00:00",
    what: "Added a photograph of the opening session.",
  });
  // New keys stand in the schema's order: the story's before its focus, the event's media last.
  expect(Object.keys(story).slice(0, 10)).toEqual([
    "$schema",
    "title",
    "description",
    "about",
    "corrections",
    "outlets",
    "published",
    "updated",
    "mediaHosts",
    "focus",
  ]);
  // No line goes but the one that gains a comma before the event's new media.
  const { removed } = lineDiff(original, written);
  expect(removed).toEqual(['      "sources": ["gazette"]']);
  const added = ["about", "corrections", "outlets", "published", "updated", "mediaHosts"];
  const rest = Object.fromEntries(
    Object.entries(structuredClone(story)).filter(([key]) => !added.includes(key)),
  ) as typeof story;
  delete (rest.events[0] as Record<string, unknown>).media;
  delete (rest.events[0] as Record<string, unknown>).updated;
  expect(rest).toEqual(JSON.parse(original));
});

test("an image without alt text shows the validator's message beside the field until it has one or is decorative", async ({
  page,
}) => {
  await open(page);
  await openEvent(page, "Evening call");
  await page.getByRole("button", { name: "Add media" }).click();
  const media = page.getByRole("group", { name: "Media 1" });
  const file = media.getByLabel("File in data/media/");
  await file.fill("call.jpg");
  // The studio knows the media folder's files, as the build does.
  await expect(file).toHaveAccessibleDescription(/"call\.jpg" is not in data\/media\//);
  await media.getByLabel("Credit").fill("Photo: Fixture Agency");
  const alt = media.getByLabel("Alt text");
  await expect(alt).toHaveAccessibleDescription(new RegExp(ALT_REQUIRED));
  await expect(page.getByRole("region", { name: "Problems" })).toContainText(ALT_REQUIRED);
  await media.getByLabel(/^Decorative/).check();
  await expect(alt).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("region", { name: "Problems" })).not.toContainText(ALT_REQUIRED);
  await media.getByLabel(/^Decorative/).uncheck();
  await expect(alt).toHaveAttribute("aria-invalid", "true");
  // Not a video: no poster or captions to fill in.
  await expect(media.getByLabel("Poster image in data/media/")).toHaveCount(0);
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

test("a read of the file that answers after a save never takes the saved edit back", async ({
  page,
}) => {
  // Every poll of the file is answered late, with the file as it was when the poll asked.
  let asked = 0;
  let answered = 0;
  await page.route("**/__studio/story", async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    asked += 1;
    await new Promise((done) => setTimeout(done, 1200));
    await route.fulfill({ response });
    answered += 1;
  });
  await open(page);
  await openEvent(page, "Talks open");
  await field(page, "Title").fill("Talks open in Geneva");
  // Save while a poll holds the file from before the save.
  const before = asked;
  await expect.poll(() => asked).toBeGreaterThan(before);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");
  // Every poll asked until now, and one asked after the save, has answered.
  const upTo = asked + 1;
  await expect.poll(() => answered, { timeout: 10_000 }).toBeGreaterThanOrEqual(upTo);
  await expect(page.getByRole("status")).toHaveText("Saved story.json.");
  await expect(field(page, "Title")).toHaveValue("Talks open in Geneva");
  await expect(page.getByRole("alert")).toBeHidden();
  expect(readFileSync(STUDIO_FILE, "utf8")).toContain('"title": "Talks open in Geneva"');
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

test("a published event's id is locked; changing it keeps the old id as a link, which opens the renamed event in the built story", async ({
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
  await expect(
    page.getByRole("group", { name: "Earlier ids" }).getByLabel("Earlier id 1"),
  ).toHaveValue("talks-open");

  // Built as `npm run build` builds it, the old link opens the renamed event.
  const dir = `${process.env.OUT_DIR ?? "dist"}-studio-alias-${process.pid}`;
  buildApp({ data: STUDIO_FILE, outDir: dir });
  try {
    await routeBuild(page, BUILT, dir);
    const response = await page.goto(`${BUILT}/events/talks-open`);
    expect(response?.status()).toBe(200);
    // The old link's page names the event's link now as its canonical one.
    expect(await response?.text()).toContain(
      '<link rel="canonical" href="/events/talks-begin/" />',
    );
    const details = page.getByRole("region", { name: "Event details" });
    await expect(details.getByRole("heading", { name: "Talks open" }).first()).toBeVisible();
    await expect(page).toHaveURL(`${BUILT}/events/talks-begin`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

test("the studio has no accessibility violations (axe), in every form", async ({ page }) => {
  const violations = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => ({
      rule: v.id,
      nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
  };
  await open(page);
  await openEvent(page, "Conditions set out");
  // Every list of the event with an item in it, problems and all.
  await page.getByRole("button", { name: "Add media" }).click();
  await page.getByRole("button", { name: "Add an update" }).click();
  await page.getByRole("button", { name: "Add correction" }).click();
  await page.getByRole("group", { name: "Earlier ids" }).getByRole("button").click();
  expect(await violations()).toEqual([]);
  await part(page, "Story").click();
  await page.getByRole("button", { name: "Add a lead image" }).click();
  await page.getByRole("button", { name: "Add media host" }).click();
  expect(await violations()).toEqual([]);
  await part(page, "About").click();
  await page.getByRole("button", { name: "Add paragraph" }).click();
  await page.getByRole("button", { name: "Add correction to reports" }).click();
  expect(await violations()).toEqual([]);
  await part(page, "Sources").click();
  await page.getByRole("group", { name: "Sites of Fixture Wire" }).getByRole("button").click();
  await page.getByLabel("Where the link goes").first().selectOption("archive");
  await page.getByRole("button", { name: "Add archived copy" }).first().click();
  expect(await violations()).toEqual([]);
});
