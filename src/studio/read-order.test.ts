import { describe, expect, it } from "vitest";
import { readOrder } from "./read-order.ts";

describe("readOrder", () => {
  it("keeps a read that no write overlapped", () => {
    const order = readOrder();
    order.wrote();
    order.wrote();
    const current = order.begin();
    expect(current()).toBe(true);
  });

  it("drops a read begun before a save, whether its reply comes during the save or after it", () => {
    const order = readOrder();
    const before = order.begin();
    order.wrote(); // the save starts
    expect(before()).toBe(false);
    const during = order.begin();
    order.wrote(); // the save's reply
    expect(before()).toBe(false);
    expect(during()).toBe(false);
    expect(order.begin()()).toBe(true);
  });
});
