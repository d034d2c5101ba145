import type { LinkRating, LinkType } from '../../../preload/contract';
import type { LinkEnds } from './linkEnds';

export interface LinkShape extends LinkEnds {
  id: string;
  type: LinkType;
  rating: LinkRating;
}

export interface RepointPlan {
  /** Links that now end at the new point instead of the deleted one. */
  moved: (LinkEnds & { id: string })[];
  /** Links that would point at themselves or repeat another link exactly: deleted instead. */
  dropped: { id: string; why: 'selfLink' | 'duplicate' }[];
}

export function touches(link: LinkEnds, entityId: string): boolean {
  return link.fromId === entityId || link.toId === entityId;
}

const sameLinkKey = (link: LinkEnds & Pick<LinkShape, 'type' | 'rating'>) => JSON.stringify([link.fromId, link.toId, link.type, link.rating]);

/**
 * Moves the links of an entity that is deleted to another point (`target`; null is the youth),
 * e.g. when two entries turn out to be one person. Each link keeps its direction: "Jan recruits
 * X" re-pointed from X to the youth reads "Jan recruits the youth". A link that would then run
 * from a point to itself, or repeat a link that already exists (same ends, type and rating), is
 * dropped: the older link stays.
 */
export function planRepoint(links: readonly LinkShape[], removedId: string, target: string | null): RepointPlan {
  if (target === removedId) throw new Error('Links cannot be moved to the entity that is deleted.');
  const existing = new Set(links.filter((link) => !touches(link, removedId)).map(sameLinkKey));
  const plan: RepointPlan = { moved: [], dropped: [] };
  for (const link of links) {
    if (!touches(link, removedId)) continue;
    const ends: LinkEnds = {
      fromId: link.fromId === removedId ? target : link.fromId,
      toId: link.toId === removedId ? target : link.toId,
    };
    if (ends.fromId === ends.toId) {
      plan.dropped.push({ id: link.id, why: 'selfLink' });
      continue;
    }
    const key = sameLinkKey({ ...ends, type: link.type, rating: link.rating });
    if (existing.has(key)) {
      plan.dropped.push({ id: link.id, why: 'duplicate' });
      continue;
    }
    existing.add(key);
    plan.moved.push({ id: link.id, ...ends });
  }
  return plan;
}
