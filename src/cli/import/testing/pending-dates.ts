import type { Problem } from "../../../core/validate.ts";

/**
 * For tests only. The importer writes forms that src/core/dates.ts and schema.ts do not read yet:
 * negative years (`-0500`), local times (`2025-03-13T21:30`) and `displayDate`. This leaves the
 * problems those forms cause out, so a test can still assert that nothing else is wrong.
 * TODO: delete when negative years / local times / displayDate land in src/core/dates.ts, and
 * replace each use by a check that the problems are [].
 */
export function besidesPendingDates(problems: readonly Problem[]): Problem[] {
  return problems.filter(
    (p) =>
      !(
        (p.path.endsWith(".displayDate") && p.message.startsWith("unknown field")) ||
        /^"(?:-\d{4}|[^"]*T\d\d:\d\d)[^"]*" is not an EDTF date/.test(p.message) ||
        // An interval or a quote whose date is one of those forms.
        /^"-\d{4}/.test(p.message)
      ),
  );
}
