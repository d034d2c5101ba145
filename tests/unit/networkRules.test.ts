import { describe, expect, it } from 'vitest';
import { entityLabel } from '../../main/domain/network/entityLabel';
import { firstFreeSlot, placeEntities, youthPosition } from '../../main/domain/network/initialPositions';
import { entityEnds, linkEndProblem } from '../../main/domain/network/linkEnds';
import { planRepoint, type LinkShape } from '../../main/domain/network/repointLinks';
import { entityDetailsSchema, entityKinds, type EntityKind, type GraphPosition } from '../../preload/contract';

const details = (input: Record<string, unknown>) => entityDetailsSchema.parse(input);

describe('the label of an entity', () => {
  it('is the name of a person (with the alias) or of a place', () => {
    expect(entityLabel(details({ kind: 'person', role: 'friend', name: 'Sem' }))).toBe('Sem');
    expect(entityLabel(details({ kind: 'person', role: 'newContact', name: 'Onbekende man', alias: 'Rooie' }))).toBe('Onbekende man (Rooie)');
    expect(entityLabel(details({ kind: 'place', placeType: 'hangout', name: 'Skatebaan bij het station', address: 'Stationsplein 1' }))).toBe(
      'Skatebaan bij het station',
    );
  });

  it('is the plate of a vehicle, else its make and colour, else its type', () => {
    expect(entityLabel(details({ kind: 'vehicle', vehicleType: 'car', plate: 'xx-123-y', make: 'Opel', colour: 'zwart' }))).toBe('XX-123-Y');
    expect(entityLabel(details({ kind: 'vehicle', vehicleType: 'scooter', make: 'Piaggio', colour: 'rood' }))).toBe('Piaggio, rood');
    expect(entityLabel(details({ kind: 'vehicle', vehicleType: 'scooter', colour: 'rood' }))).toBe('rood');
    expect(entityLabel(details({ kind: 'vehicle', vehicleType: 'scooter' }))).toBe('Scooter');
  });

  it('is the number of a phone and platform plus handle of an account', () => {
    expect(entityLabel(details({ kind: 'phone', number: '06 1234 5678' }))).toBe('0612345678');
    expect(entityLabel(details({ kind: 'account', platform: 'Snapchat', handle: 'snelle.sem' }))).toBe('Snapchat: snelle.sem');
  });
});

describe('the ends of a link', () => {
  const owners = new Map([
    ['e1', 'youth-a'],
    ['e2', 'youth-a'],
    ['other', 'youth-b'],
  ]);
  const ownerOf = (id: string) => owners.get(id);

  it('are the youth (at either end) or entities of that same youth', () => {
    expect(linkEndProblem({ fromId: null, toId: 'e1' }, 'youth-a', ownerOf)).toBeNull();
    expect(linkEndProblem({ fromId: 'e1', toId: null }, 'youth-a', ownerOf)).toBeNull();
    expect(linkEndProblem({ fromId: 'e1', toId: 'e2' }, 'youth-a', ownerOf)).toBeNull();
  });

  it('never reach into the network of another youth, or to an entity that does not exist', () => {
    expect(linkEndProblem({ fromId: 'other', toId: 'e1' }, 'youth-a', ownerOf)).toBe('fromId');
    expect(linkEndProblem({ fromId: null, toId: 'other' }, 'youth-a', ownerOf)).toBe('toId');
    expect(linkEndProblem({ fromId: 'e1', toId: 'gone' }, 'youth-a', ownerOf)).toBe('toId');
    expect(linkEndProblem({ fromId: 'e1', toId: 'e2' }, 'youth-b', ownerOf)).toBe('fromId');
    expect(linkEndProblem({ fromId: 'other', toId: null }, 'youth-a', ownerOf)).toBe('fromId');
  });

  it('name only the entities among them for the owner look-up', () => {
    expect(entityEnds({ fromId: null, toId: 'e1' })).toEqual(['e1']);
    expect(entityEnds({ fromId: 'e1', toId: null })).toEqual(['e1']);
    expect(entityEnds({ fromId: 'e1', toId: 'e2' })).toEqual(['e1', 'e2']);
  });
});

describe('moving the links of a deleted entity', () => {
  const link = (id: string, fromId: string | null, toId: string | null, type: LinkShape['type'] = 'friendship', rating: LinkShape['rating'] = 'neutral'): LinkShape => ({
    id,
    fromId,
    toId,
    type,
    rating,
  });

  it('moves links to another entity and leaves links that do not touch the deleted one alone', () => {
    const plan = planRepoint([link('l1', null, 'old'), link('l2', 'old', 'place'), link('l3', 'other', 'place')], 'old', 'new');
    expect(plan).toEqual({
      moved: [
        { id: 'l1', fromId: null, toId: 'new' },
        { id: 'l2', fromId: 'new', toId: 'place' },
      ],
      dropped: [],
    });
  });

  it('drops links that would run from a point to itself', () => {
    const plan = planRepoint([link('l1', 'new', 'old'), link('l2', 'old', 'new'), link('l3', null, 'old')], 'old', 'new');
    expect(plan.dropped).toEqual([
      { id: 'l1', why: 'selfLink' },
      { id: 'l2', why: 'selfLink' },
    ]);
    expect(plan.moved).toEqual([{ id: 'l3', fromId: null, toId: 'new' }]);
  });

  it('keeps each link\'s direction when moving to the youth: who recruits the deleted one now recruits the youth', () => {
    const plan = planRepoint(
      [link('l1', 'person', 'old', 'recruits', 'danger'), link('l2', 'old', 'place', 'livesAt'), link('l3', null, 'old'), link('l4', 'old', null, 'debt')],
      'old',
      null,
    );
    expect(plan).toEqual({
      moved: [
        { id: 'l1', fromId: 'person', toId: null },
        { id: 'l2', fromId: null, toId: 'place' },
      ],
      dropped: [
        { id: 'l3', why: 'selfLink' },
        { id: 'l4', why: 'selfLink' },
      ],
    });
  });

  it('moves a link that points at the youth to another entity without turning it around', () => {
    expect(planRepoint([link('l1', 'old', null, 'recruits', 'danger')], 'old', 'new')).toEqual({ moved: [{ id: 'l1', fromId: 'new', toId: null }], dropped: [] });
  });

  it('counts a link as a duplicate only in the same direction', () => {
    const plan = planRepoint(
      [link('kept', 'person', null, 'supplies', 'danger'), link('dup', 'person', 'old', 'supplies', 'danger'), link('back', 'old', 'person', 'supplies', 'danger')],
      'old',
      null,
    );
    expect(plan).toEqual({ moved: [{ id: 'back', fromId: null, toId: 'person' }], dropped: [{ id: 'dup', why: 'duplicate' }] });
  });

  it('drops exact duplicates (same ends, type and rating), keeping the link that already existed', () => {
    const plan = planRepoint(
      [
        link('kept', null, 'new', 'friendship', 'neutral'),
        link('dup', null, 'old', 'friendship', 'neutral'),
        link('otherRating', null, 'old', 'friendship', 'worrying'),
        link('first', 'old', 'place', 'livesAt'),
        link('second', 'old', 'place', 'livesAt'),
      ],
      'old',
      'new',
    );
    expect(plan.moved.map((moved) => moved.id)).toEqual(['otherRating', 'first']);
    expect(plan.dropped).toEqual([
      { id: 'dup', why: 'duplicate' },
      { id: 'second', why: 'duplicate' },
    ]);
  });

  it('refuses to move links onto the entity that is deleted', () => {
    expect(() => planRepoint([link('l1', null, 'old')], 'old', 'old')).toThrow();
  });
});

describe('starting positions in the graph', () => {
  const unplaced = (id: string, kind: EntityKind) => ({ id, kind, position: null as GraphPosition | null });
  const distance = (a: GraphPosition, b: GraphPosition) => Math.hypot(a.x - b.x, a.y - b.y);

  it('are the same at every visit for the same network', () => {
    const network = [unplaced('a', 'person'), unplaced('b', 'place'), unplaced('c', 'person'), unplaced('d', 'account')];
    expect(placeEntities(network)).toEqual(placeEntities(network));
    expect(placeEntities(network).every((entity) => Number.isInteger(entity.position.x) && Number.isInteger(entity.position.y))).toBe(true);
  });

  it('keep saved positions and do not move earlier entities when one is added', () => {
    const before = placeEntities([unplaced('a', 'person'), { id: 'b', kind: 'person' as const, position: { x: 5, y: 7 } }]);
    const after = placeEntities([unplaced('a', 'person'), { id: 'b', kind: 'person' as const, position: { x: 5, y: 7 } }, unplaced('c', 'person')]);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[1]!.position).toEqual({ x: 5, y: 7 });
  });

  it('lie around the youth, apart from each other, grouped by kind', () => {
    const network = entityKinds.flatMap((kind) => Array.from({ length: 12 }, (_, i) => unplaced(`${kind}-${i}`, kind)));
    const placed = placeEntities(network);
    for (const [i, a] of placed.entries()) {
      expect(distance(a.position, youthPosition)).toBeGreaterThanOrEqual(240);
      for (const b of placed.slice(i + 1)) expect(distance(a.position, b.position)).toBeGreaterThanOrEqual(140);
    }
    // Persons sit above the youth (screen y grows downwards).
    expect(placed.filter((entity) => entity.kind === 'person').every((entity) => entity.position.y < 0)).toBe(true);
  });

  it('skip a spot someone already moved a point onto', () => {
    const free = firstFreeSlot('person', []);
    expect(firstFreeSlot('person', [free])).not.toEqual(free);
    expect(distance(firstFreeSlot('person', [free]), free)).toBeGreaterThanOrEqual(140);
  });
});
