import { writeFileSync } from "node:fs";
import { storyJsonSchema } from "./story-json-schema.ts";

// `npm run schema`: regenerates data/events.schema.json after a change to src/core/schema.ts.
const out = new URL("../../data/events.schema.json", import.meta.url);
writeFileSync(out, storyJsonSchema());
console.log(`wrote ${out.pathname}`);
