/**
 * Which item a key moves to in the list, as a pure function: arrows and j/k step, Home and End
 * jump. Undefined for keys the list leaves to others (Escape closes the panel; Enter opens the
 * focused link natively).
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case "ArrowDown":
    case "j":
      return Math.min(current + 1, count - 1);
    case "ArrowUp":
    case "k":
      return Math.max(current - 1, 0);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}
