import { entityKinds, type EntityKind, type GraphPosition } from '../../../preload/contract';

/** The youth is the centre of its own network. */
export const youthPosition: GraphPosition = { x: 0, y: 0 };

const sectorAngle = (2 * Math.PI) / entityKinds.length;
/** Room for the graph's nodes (about 200 units wide, positions are their centres). */
const firstRadius = 250;
const rowGap = 200;
const slotGap = 230;
/** Closer than this to another point, a slot counts as taken. */
const minimumDistance = 140;

/**
 * The n-th spot in a kind's slice of the circle around the youth (persons at the top, then
 * clockwise places, vehicles, phone numbers, accounts), filled row by row outwards. Each row
 * holds as many spots as fit at that radius, so the spots never depend on how many there are.
 */
function* slotsOf(kind: EntityKind): Generator<GraphPosition> {
  const start = -Math.PI / 2 - sectorAngle / 2 + entityKinds.indexOf(kind) * sectorAngle;
  for (let row = 0; ; row++) {
    const radius = firstRadius + row * rowGap;
    const count = Math.max(1, Math.floor((radius * sectorAngle) / slotGap));
    for (let index = 0; index < count; index++) {
      const angle = start + ((index + 0.5) * sectorAngle) / count;
      yield { x: Math.round(youthPosition.x + radius * Math.cos(angle)), y: Math.round(youthPosition.y + radius * Math.sin(angle)) };
    }
  }
}

const isFree = (spot: GraphPosition, taken: readonly GraphPosition[]) =>
  [youthPosition, ...taken].every((other) => Math.hypot(other.x - spot.x, other.y - spot.y) >= minimumDistance);

/** The first spot of the kind's slice that no other point is on. */
export function firstFreeSlot(kind: EntityKind, taken: readonly GraphPosition[]): GraphPosition {
  for (const spot of slotsOf(kind)) if (isFree(spot, taken)) return spot;
  throw new Error('unreachable: the slots never run out');
}

/**
 * Gives every entity without a position one, in the given (stable) order, so the graph looks
 * the same at every visit until someone moves a point. Placed entities keep theirs.
 */
export function placeEntities<T extends { kind: EntityKind; position: GraphPosition | null }>(entities: readonly T[]): (T & { position: GraphPosition })[] {
  const taken = entities.flatMap((entity) => (entity.position ? [entity.position] : []));
  return entities.map((entity) => {
    if (entity.position) return { ...entity, position: entity.position };
    const position = firstFreeSlot(entity.kind, taken);
    taken.push(position);
    return { ...entity, position };
  });
}
