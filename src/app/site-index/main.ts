import "./site-index.css";
import { filterStories } from "./filter-stories.ts";

/**
 * The index of stories works without JavaScript; this only adds the search over titles that the
 * build writes, hidden, when there are more than a handful of stories (src/build/site-index.ts).
 */
const search = document.querySelector<HTMLInputElement>("#story-search");
const items = [...document.querySelectorAll<HTMLElement>(".story-index > li")];
const status = document.querySelector<HTMLElement>("#story-search-status");
if (search) {
  search.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");
  search.addEventListener("input", () => {
    const titles = items.map((item) => item.querySelector("h2")?.textContent ?? "");
    const shown = filterStories(titles, search.value);
    items.forEach((item, i) => (item.hidden = !shown[i]));
    if (status) {
      const n = shown.filter(Boolean).length;
      status.textContent = `${n} ${n === 1 ? "story" : "stories"}`;
    }
  });
}
