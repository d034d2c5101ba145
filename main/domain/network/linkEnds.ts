/** The two ends of a link; `fromId` null is the youth. */
export interface LinkEnds {
  fromId: string | null;
  toId: string;
}

/** Which end of a link is wrong, so the form can say it at the right field. */
export type LinkEndProblem = 'fromId' | 'toId' | null;

/**
 * A link only connects points of one youth's network: both ends must be entities of that
 * youth (or the youth itself as `from`). `ownerOf` tells the youth an entity belongs to.
 */
export function linkEndProblem(ends: LinkEnds, youthId: string, ownerOf: (entityId: string) => string | undefined): LinkEndProblem {
  if (ends.fromId !== null && ownerOf(ends.fromId) !== youthId) return 'fromId';
  if (ownerOf(ends.toId) !== youthId) return 'toId';
  return null;
}
