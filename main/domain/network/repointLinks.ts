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
 * e.g. when two entries turn out to be one person. A link that would then run from a point to
 * itself, or repeat a link that already exists (same ends, type and rating), is dropped: the
 * older link stays. A link ending at the youth is stored as starting at the youth, because the
 * youth is only ever a link's `from`.
 */
export function planRepoint(links: readonly LinkShape[], removedId: string, target: string | null): RepointPlan {
  if (target === removedId) throw new Error('Links cannot be moved to the entity that is deleted.');
  const existing = new Set(links.filter((link) => !touches(link, removedId)).map(sameLinkKey));
  const plan: RepointPlan = { moved: [], dropped: [] };
  for (const link of links) {
    if (!touches(link, removedId)) continue;
    const from = link.fromId === removedId ? target : link.fromId;
    const to = link.toId === removedId ? target : link.toId;
    if (from === to) {
      plan.dropped.push({ id: link.id, why: 'selfLink' });
      continue;
    }
    const ends: LinkEnds = to === null ? { fromId: null, toId: from! } : { fromId: from, toId: to };
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
