import { useEffect } from "react";
import type { VisGroup } from "../../core/chart/to-items.ts";

/**
 * Each lane's colour reaches its label and its items as the custom property `--lane-color`, set
 * through the CSSOM on a rule for the lane's own class (made of its position, see to-items.ts),
 * never through a style string: vis splits those on `;`, so a colour such as
 * `red;background-image:url(…)` would have added a declaration of its own. The schema accepts only
 * hex colours; a value that is not a single colour (validation bypassed) is left out here too.
 */
export function laneColourSheet(groups: readonly VisGroup[]): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  for (const { laneClass, color } of groups) {
    if (!laneClass || !color || !CSS.supports("color", color)) continue;
    const at = sheet.insertRule(
      `.event-timeline .${CSS.escape(laneClass)} {}`,
      sheet.cssRules.length,
    );
    (sheet.cssRules[at] as CSSStyleRule).style.setProperty("--lane-color", color);
  }
  return sheet;
}

/** Adopts the lanes' colours into the document while the chart shows these groups. */
export function useLaneColours(groups: readonly VisGroup[]): void {
  useEffect(() => {
    const sheet = laneColourSheet(groups);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [groups]);
}
