import {
  accountSchema,
  actorSchema,
  copySchema,
  correctionSchema,
  eventSchema,
  eventUpdateSchema,
  mediaSchema,
  phaseSchema,
  quoteSchema,
  sourceSchema,
  storySchema,
} from "../core/schema.ts";
import type { KeyOrder, Path } from "./paths.ts";

/**
 * Where a field the studio adds goes in its object: in the schema's order ("about" after
 * "description", not after the events; a media item's "alt" before its "credit"), so a saved file
 * reads as a hand-written one would. Keys the schema does not know keep their place.
 */

const keys = (schema: { shape: object }) => Object.keys(schema.shape);

// Each object's path as a pattern: "#" for any index, "*" for any key of a record.
const ORDERS: readonly (readonly [string, readonly string[]])[] = [
  ["", keys(storySchema)],
  ["leadImage", keys(mediaSchema)],
  ["actors/#", keys(actorSchema)],
  ["phases/#", keys(phaseSchema)],
  ["sources/*", keys(sourceSchema)],
  ["sources/*/copy", keys(copySchema)],
  ["events/#", keys(eventSchema)],
  ["events/#/quotes/#", keys(quoteSchema)],
  ["events/#/accounts/#", keys(accountSchema)],
  ["events/#/media/#", keys(mediaSchema)],
  ["events/#/updated", keys(eventUpdateSchema)],
  ["events/#/corrections/#", keys(correctionSchema)],
];

const pattern = (at: Path) =>
  at.map((k, i) => (typeof k === "number" ? "#" : at[0] === "sources" && i === 1 ? "*" : k));

export const schemaKeyOrder: KeyOrder = (at) => {
  const shape = pattern(at).join("/");
  return ORDERS.find(([p]) => p === shape)?.[1];
};
