/**
 * mulberry32: a small, fast, seeded generator of numbers in [0, 1). The benchmark's synthetic
 * stories (bench/generate-story.ts) and the fuzz tests' links (e2e/url-fuzzer.ts) draw from it, so
 * the same seed always gives the same story and the same links, whatever Math.random does.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
