import { writeFileSync } from "node:fs";
import { storyJsonSchema } from "./story-json-schema.ts";

// `npm run schema`: regenerates data/events.schema.json after a change to the story schema
// (src/core/schema.ts and the files it builds on).
const out = new URL("../../data/events.schema.json", import.meta.url);
writeFileSync(out, storyJsonSchema());
console.log(`wrote ${out.pathname}`);
