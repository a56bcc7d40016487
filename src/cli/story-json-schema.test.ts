import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { storyJsonSchema } from "./story-json-schema.ts";

it("data/events.schema.json is the JSON Schema generated from src/core/schema.ts (run `npm run schema`)", () => {
  const onDisk = readFileSync(new URL("../../data/events.schema.json", import.meta.url), "utf8");
  expect(onDisk).toBe(storyJsonSchema());
});
