import { describe, expect, it } from "vitest";
import { fieldId } from "./paths.ts";
import { parentPath, sectionOf } from "./problems.ts";

describe("problem paths", () => {
  it("finds the section a problem's field is in", () => {
    expect(sectionOf("events[3].quotes[0].source")).toEqual({ kind: "event", index: 3 });
    expect(sectionOf('sources["a b"].url')).toEqual({ kind: "sources" });
    expect(sectionOf("title")).toEqual({ kind: "story" });
    expect(sectionOf("about[1]")).toEqual({ kind: "about" });
    expect(sectionOf("corrections[0]")).toEqual({ kind: "about" });
    expect(sectionOf('outlets["Fixture Wire"][0]')).toEqual({ kind: "sources" });
    expect(sectionOf("leadImage.alt")).toEqual({ kind: "story" });
    expect(sectionOf("mediaHosts[0]")).toEqual({ kind: "story" });
    expect(sectionOf("actorsX")).toEqual({ kind: "story" });
  });

  it("walks up a path to the field that holds it", () => {
    expect(parentPath("events[3].quotes[0].source")).toBe("events[3].quotes[0]");
    expect(parentPath("events[3]")).toBe("events");
    expect(parentPath('sources["a b"]')).toBe("sources");
  });

  it("gives every path a distinct id usable in the DOM", () => {
    expect(fieldId(["events", 0, "date"])).toBe(fieldId("events[0].date"));
    expect(fieldId("events[0].date")).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fieldId("a.b")).not.toBe(fieldId("a_b"));
  });
});
