import { describe, expect, it } from "vitest";
import { received, typed, typedText } from "./typed-text.ts";

describe("typed text", () => {
  it("shows each letter as it is typed, before the app's query follows", () => {
    let state = typedText("");
    state = typed(state, "c");
    state = typed(state, "ce");
    expect(state.text).toBe("ce");
    expect(state.sent).toEqual(["c", "ce"]);
  });

  it("keeps what the reader typed on when the echo of an earlier key arrives", () => {
    let state = typed(typed(typed(typedText(""), "c"), "ce"), "cea");
    state = received(state, "c");
    expect(state.text).toBe("cea");
    expect(state.sent).toEqual(["ce", "cea"]);
    // React may skip a query for a newer one.
    state = received(state, "cea");
    expect(state.text).toBe("cea");
    expect(state.sent).toEqual([]);
  });

  it("takes a query changed from elsewhere (Clear filters, Back, a link)", () => {
    let state = typed(typed(typedText(""), "c"), "ce");
    state = received(state, "ce");
    state = received(state, "");
    expect(state).toEqual({ text: "", sent: [] });
    state = received(typed(state, "x"), "ukraine");
    expect(state).toEqual({ text: "ukraine", sent: [] });
  });

  it("remembers a bounded number of sends", () => {
    let state = typedText("");
    for (let i = 0; i < 200; i++) state = typed(state, "a".repeat(i + 1));
    expect(state.sent.length).toBeLessThanOrEqual(50);
    expect(state.sent.at(-1)).toBe("a".repeat(200));
  });
});
