/** The two ends of a link; null is the youth, at either end (never both). */
export interface LinkEnds {
  fromId: string | null;
  toId: string | null;
}

/** Which end of a link is wrong, so the form can say it at the right field. */
export type LinkEndProblem = 'fromId' | 'toId' | null;

/**
 * A link only connects points of one youth's network: each end is the youth itself or an
 * entity of that youth. `ownerOf` tells the youth an entity belongs to.
 */
export function linkEndProblem(ends: LinkEnds, youthId: string, ownerOf: (entityId: string) => string | undefined): LinkEndProblem {
  if (ends.fromId !== null && ownerOf(ends.fromId) !== youthId) return 'fromId';
  if (ends.toId !== null && ownerOf(ends.toId) !== youthId) return 'toId';
  return null;
}

/** The entity ids among a link's ends (the youth is not an entity). */
export const entityEnds = (ends: LinkEnds): string[] => [ends.fromId, ends.toId].filter((end) => end !== null);
