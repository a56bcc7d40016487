/** Folds case and accents, so "Côte" finds "cote". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** For each title, whether it contains every word of the query (any order, any case). */
export function filterStories(titles: readonly string[], query: string): boolean[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return titles.map((title) => {
    const folded = fold(title);
    return words.every((word) => folded.includes(word));
  });
}
