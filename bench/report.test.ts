import { describe, expect, it } from "vitest";
import { checkBudgets, phoneTable } from "./report.ts";
import type { ColumnResult, Side } from "./report.ts";

const cell = (median: number) => ({ median, runs: [median], notes: [] });

function story(phone: { ours: Side; timelinejs: Side | null } | null): ColumnResult {
  return {
    id: "story",
    label: "story (37)",
    events: 37,
    ours: { firstItems: cell(300), lcp: cell(200) },
    timelinejs: { firstItems: cell(1000), lcp: cell(200) },
    phone,
    notes: [],
  };
}

const find = (results: ReturnType<typeof checkBudgets>, text: string) =>
  results.find((b) => b.text === text);

describe("the phone-class goals", () => {
  it("compare the phone-class runs, not the desktop ones", () => {
    const results = checkBudgets([
      story({
        ours: { firstItems: cell(1200), inpOpen: cell(80), inpNext: cell(140) },
        timelinejs: { firstItems: cell(1000) },
      }),
    ]);
    expect(find(results, "goal: first items ≤ 0.5 × TimelineJS (story)")).toMatchObject({
      value: 0.3,
      status: "met",
    });
    expect(
      find(results, "goal: first items ≤ 0.5 × TimelineJS (story, phone class)"),
    ).toMatchObject({ value: 1.2, status: "missed" });
    const inp = (what: string) => find(results, `goal: INP ${what} ≤ 100 ms (story, phone class)`);
    expect(inp("opening an event")).toMatchObject({ value: 80, status: "met" });
    expect(inp("of Next")).toMatchObject({ value: 140, status: "missed" });
  });

  it("say so when the phone class was not run", () => {
    const results = checkBudgets([story(null)]);
    expect(find(results, "goal: INP of Next ≤ 100 ms (story, phone class)")).toMatchObject({
      status: "not measured",
      note: "phone class not run",
    });
  });
});

describe("phoneTable", () => {
  it("prints ours against TimelineJS's with the ratio, and ours alone where it has none", () => {
    const table = phoneTable([
      story({
        ours: { firstItems: cell(1200), inpNext: cell(64) },
        timelinejs: { firstItems: cell(1000) },
      }),
    ]);
    expect(table).toContain(
      "| First timeline items painted, prerendered or live | 1,200 ms / 1,000 ms (1.20×) |",
    );
    expect(table).toContain("| INP, Next in the panel | 64.0 ms |");
  });
});
