import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isId } from "../core/ids.ts";
import { RESERVED_SLUGS } from "../core/site-address.ts";
import { storiesDir } from "../build/site-stories.ts";
import { starterStory } from "./starter-story.ts";

// `npm run new-story -- <slug> "Title"`: writes a starter story to data/stories/<slug>.json
// (STORIES_DIR moves the folder) that builds as it is, and never overwrites a file.
const USAGE = 'usage: npm run new-story -- <slug> "Title"   (slug: lowercase-words-like-this)';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const [slug, title, ...rest] = process.argv.slice(2);
if (slug === undefined || title === undefined || rest.length > 0) fail("give a slug and a title");
if (!isId(slug)) fail(`"${slug}" is not a slug: lowercase letters, digits and single hyphens`);
if (RESERVED_SLUGS.includes(slug))
  fail(`"${slug}" is taken by the site (${RESERVED_SLUGS.join(", ")})`);
if (title.trim() === "") fail("the title must not be empty");

const dir = storiesDir();
const file = join(dir, `${slug}.json`);
const today = new Date().toISOString().slice(0, 10);
mkdirSync(dir, { recursive: true });
try {
  // "wx": fails if the file exists, so a story is never overwritten.
  writeFileSync(file, `${JSON.stringify(starterStory(title.trim(), today), null, 2)}\n`, {
    flag: "wx",
  });
} catch (e) {
  if ((e as NodeJS.ErrnoException).code === "EEXIST") {
    fail(`${file} exists already; nothing written (choose another slug, or edit that file)`);
  }
  throw e;
}
console.log(`Wrote ${file}. It builds as it is; now:
  1. Replace every "Replace…" text: the description, the two actors (names and colours), the phase.
  2. Replace the source with the real article (title, publisher, url, published, language) and put
     its publisher's domains in "outlets"; then the event: its date, title, summary and tags.
  3. Name each tag the events use in "tags" (id: the words readers see on the filter chips).
  4. npm run validate -- ${file}
  5. npm start, and open /${slug}/ (the index of stories is at /stories/).`);
