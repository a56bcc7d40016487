import { z } from "zod";
import { storySchema } from "../core/schema.ts";

/** The JSON Schema editors' tools read (via "$schema" in the data), generated from the zod schema. */
export function storyJsonSchema(): string {
  const schema = z.toJSONSchema(storySchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Timeline story" }, null, 2)}\n`;
}
