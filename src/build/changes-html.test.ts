import { readFileSync } from "node:fs";
import { parseDocument } from "htmlparser2";
import { findAll, getAttributeValue, textContent } from "domutils";
import { isTag } from "domhandler";
import type { Element } from "domhandler";
import { describe, expect, it } from "vitest";
import type { Story } from "../core/schema.ts";
import { buildStoryModel } from "../core/story-model.ts";
import { SHELL } from "./fixtures/page-fixture.ts";
import { renderEventPage } from "./event-page.ts";
import { renderStartPage } from "./start-page.ts";

const story = JSON.parse(readFileSync("e2e/fixtures/updates-story.json", "utf8")) as Story;
const model = buildStoryModel(story);
const site = { base: "/timeline/", siteUrl: undefined };

const elements = (page: string, test: (el: Element) => boolean) =>
  findAll(test, parseDocument(page).children);
const text = (els: Element[]) => els.map((el) => textContent(el).replace(/\s+/g, " ").trim());

describe("a developing story's share pages", () => {
  it("show an event's correction with the event", () => {
    const page = renderEventPage(SHELL, model, model.byId.get("evening-call")!, site);
    expect(
      text(
        elements(
          page,
          (el) =>
            el.name === "li" && el.parent !== null && isTag(el.parent) && el.parent.name === "ul",
        ),
      ),
    ).toEqual([
      "Correction, 20 March 2025, 16:30 UTC: An earlier version gave the date of the call as 17 March.",
    ]);
  });

  it("show an event's update, with what changed", () => {
    const page = renderEventPage(SHELL, model, model.byId.get("conditions-set")!, site);
    expect(page).toContain("Updated, 20 March 2025, 10:00 UTC");
    expect(page).toContain("Added South&#39;s list of conditions as Fixture Wire published it.");
  });

  it("log every change on the start page, newest first, each linking to its event", () => {
    const page = renderStartPage(SHELL, model, site);
    const log = elements(
      page,
      (el) =>
        el.name === "li" &&
        el.parent !== null &&
        isTag(el.parent) &&
        el.parent.attribs.class === "changes-log",
    );
    expect(text(log)).toEqual([
      "Added, 21 March 2025, 12:00 UTC: Follow-up talks",
      "Correction, 20 March 2025, 16:30 UTC: Evening call — An earlier version gave the date of the call as 17 March.",
      "Updated, 20 March 2025, 10:00 UTC: Conditions set out — Added South's list of conditions as Fixture Wire published it.",
    ]);
    const links = log.flatMap((li) => findAll((el) => el.name === "a", li.children));
    expect(links.map((a) => getAttributeValue(a, "href"))).toEqual([
      "/timeline/events/follow-up-talks/",
      "/timeline/events/evening-call/",
      "/timeline/events/conditions-set/",
    ]);
  });

  it("link the feeds relative to the site's root where the site's address is not known", () => {
    const page = renderStartPage(SHELL, model, site);
    const alternates = elements(page, (el) => el.name === "link" && el.attribs.rel === "alternate");
    expect(alternates.map((l) => l.attribs.href)).toEqual([
      `${site.base}feed.xml`,
      `${site.base}feed.json`,
      `${site.base}events.ics`,
    ]);
  });

  it("link the feeds from the start page and every event's page", () => {
    const known = { base: "/timeline/", siteUrl: "https://example.org" };
    for (const page of [
      renderStartPage(SHELL, model, known),
      renderEventPage(SHELL, model, model.events[0]!, known),
    ]) {
      const alternates = elements(
        page,
        (el) => el.name === "link" && el.attribs.rel === "alternate",
      );
      expect(alternates.map((l) => [l.attribs.type, l.attribs.href])).toEqual([
        ["application/atom+xml", "https://example.org/timeline/feed.xml"],
        ["application/feed+json", "https://example.org/timeline/feed.json"],
        ["text/calendar", "https://example.org/timeline/events.ics"],
      ]);
    }
  });
});
