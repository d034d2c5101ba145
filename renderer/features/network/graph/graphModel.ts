import type { Edge, Node } from '@xyflow/react';
import {
  entityKindLabels,
  linkRatingLabels,
  linkTypeLabels,
  personRoleLabels,
  placeTypeLabels,
  vehicleTypeLabels,
  type EntityKind,
  type LinkRating,
  type LinkType,
  type NetworkContent,
  type NetworkEntity,
  type NetworkLink,
} from '../../../../preload/contract';
import { linkCount } from '../networkText';

/** The youth's node; entity ids are UUIDs, so this never clashes with one. */
export const youthNodeId = 'jongere';

export type EntityNodeData = {
  kind: EntityKind;
  label: string;
  /** Role, kind of place or vehicle, platform: what kind of person or thing this is. */
  subtitle: string;
  atRisk: boolean;
  shareWithPolice: boolean;
  /** The node last focused or clicked: it shows its own buttons. */
  active: boolean;
  /** The entity's last change: a saved graph image names what it drew by it. */
  updatedAt: string;
};
export type YouthNodeData = { name: string; active: boolean };
export type EntityGraphNode = Node<EntityNodeData, 'entity'>;
export type YouthGraphNode = Node<YouthNodeData, 'youth'>;
export type GraphNode = EntityGraphNode | YouthGraphNode;

export type LinkEdgeData = {
  rating: LinkRating;
  typeLabel: string;
  /** Sideways curve in graph units, so several links between one pair stay apart. */
  bend: number;
  /** Drawn with an arrowhead at the target: who recruits, transports or supplies whom. */
  directed: boolean;
  /** The link's last change, like the entity node's. */
  updatedAt: string;
};
export type LinkGraphEdge = Edge<LinkEdgeData, 'link'>;

/** Link types that have a direction; family, friendship and romance go both ways. */
const directedTypes: ReadonlySet<LinkType> = new Set(['debt', 'supplies', 'transports', 'recruits', 'livesAt', 'usesVehicle', 'ownsAccount']);
const bendStep = 56;
/** Screen readers announce a node as a "punt" (React Flow says "node"). */
const nodeAttributes = { 'aria-roledescription': 'punt' } as const;

/** The graph of one youth's network: the youth in the centre, every entity, every link. */
export function buildGraph(network: NetworkContent, youthName: string): { nodes: GraphNode[]; edges: LinkGraphEdge[] } {
  const labels = nodeLabels(network, youthName);
  // A link whose end is missing (deleted meanwhile) is not drawn, and not counted.
  const links = network.links.filter((link) => labels.has(link.toId) && labels.has(link.fromId));
  const linkCounts = new Map<string | null, number>();
  for (const link of links) {
    for (const end of [link.fromId, link.toId]) linkCounts.set(end, (linkCounts.get(end) ?? 0) + 1);
  }
  const youth: YouthGraphNode = {
    id: youthNodeId,
    type: 'youth',
    position: { x: 0, y: 0 },
    data: { name: youthName, active: false },
    draggable: false,
    domAttributes: nodeAttributes,
    ariaLabel: `Jongere: ${youthName}, ${linkCount(linkCounts.get(null) ?? 0)}`,
  };
  const entities = network.entities.map((entity): EntityGraphNode => {
    const data: EntityNodeData = {
      kind: entity.kind,
      label: entity.label,
      subtitle: entitySubtitle(entity),
      atRisk: entity.atRisk,
      shareWithPolice: entity.shareWithPolice,
      active: false,
      updatedAt: entity.updatedAt,
    };
    // Main places every entity when it is saved or read (main/domain/network/initialPositions.ts).
    const position = entity.position ?? { x: 0, y: 0 };
    return { id: entity.id, type: 'entity', position, data, ariaLabel: entityAriaLabel(data, linkCounts.get(entity.id) ?? 0), domAttributes: nodeAttributes };
  });

  const bends = linkBends(links);
  const edges = [...bends].map(
    ([link, bend]): LinkGraphEdge => ({
      id: link.id,
      type: 'link',
      source: nodeIdOf(link.fromId),
      target: nodeIdOf(link.toId),
      data: { rating: link.rating, typeLabel: linkTypeLabels[link.type], bend, directed: directedTypes.has(link.type), updatedAt: link.updatedAt },
      selectable: false,
      ariaLabel: `Verband ${describeLink(link, labels)}`,
    }),
  );
  return { nodes: [youth, ...entities], edges };
}

/** "Ronselt, gevaar: van Jan naar Ilse": a link in words, for screen readers and link lists. */
export function describeLink(link: NetworkLink, labels: ReadonlyMap<string | null, string>): string {
  const [from, to] = [labels.get(link.fromId) ?? '?', labels.get(link.toId) ?? '?'];
  const ends = directedTypes.has(link.type) ? `van ${from} naar ${to}` : `tussen ${from} en ${to}`;
  return `${linkTypeLabels[link.type]}, ${linkRatingLabels[link.rating].toLowerCase()}: ${ends}`;
}

/** The graph node at a link's end: the contract's null is the youth. */
export const nodeIdOf = (end: string | null): string => end ?? youthNodeId;

/** Every node's name by id, the youth under null (the contract's end that is the youth). */
export function nodeLabels(network: NetworkContent, youthName: string): Map<string | null, string> {
  return new Map<string | null, string>([[null, youthName], ...network.entities.map((entity) => [entity.id, entity.label] as const)]);
}

export function entitySubtitle(entity: NetworkEntity): string {
  const details = entity.details;
  switch (details.kind) {
    case 'person':
      return personRoleLabels[details.role];
    case 'place':
      return [placeTypeLabels[details.placeType], details.city].filter(Boolean).join(', ');
    case 'vehicle':
      return [vehicleTypeLabels[details.vehicleType], details.make, details.colour].filter(Boolean).join(', ');
    case 'phone':
      return '';
    case 'account':
      return details.platform;
  }
}

function entityAriaLabel(data: EntityNodeData, links: number): string {
  return [
    `${entityKindLabels[data.kind]}: ${data.label}`,
    data.subtitle,
    data.atRisk ? 'loopt mogelijk zelf risico' : '',
    data.shareWithPolice ? 'mag gedeeld worden met de politie' : '',
    linkCount(links),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Links between the same two nodes fan out: each gets its own bend, measured against the pair
 * in a fixed order, so a link A→B and a link B→A curve to opposite sides, not onto each other.
 */
function linkBends<T extends LinkEnds>(links: readonly T[]): Map<T, number> {
  const pairs = new Map<string, T[]>();
  for (const link of links) {
    const key = pairKey(link);
    const pair = pairs.get(key);
    if (pair) pair.push(link);
    else pairs.set(key, [link]);
  }
  const bends = new Map<T, number>();
  for (const link of links) {
    const pair = pairs.get(pairKey(link)) ?? [link];
    const offset = (pair.indexOf(link) - (pair.length - 1) / 2) * bendStep;
    const forwards = nodeIdOf(link.fromId) < nodeIdOf(link.toId);
    bends.set(link, forwards || offset === 0 ? offset : -offset);
  }
  return bends;
}

type LinkEnds = Pick<NetworkLink, 'fromId' | 'toId'>;
const pairKey = (link: LinkEnds) => [nodeIdOf(link.fromId), nodeIdOf(link.toId)].sort().join(' ');
