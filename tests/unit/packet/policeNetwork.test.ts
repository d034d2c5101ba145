import { describe, expect, it } from 'vitest';
import { policeNetwork } from '../../../main/packet/policeNetwork';
import { shareableNetwork } from '../../../main/packet/shareableNetwork';
import { entity, link } from './packetFixtures';

const exploiter = entity('p1', { kind: 'person', role: 'suspectedExploiter', name: 'Onbekende man', alias: '', description: '' });
const friend = entity('p2', { kind: 'person', role: 'friend', name: 'Vriendin', alias: '', description: '' });
const worryingFriend = entity('p3', { kind: 'person', role: 'friend', name: 'Oudere vriend', alias: '', description: '' });
const withheldCousin = entity('p4', { kind: 'person', role: 'family', name: 'Neef', alias: '', description: '' }, false);
const scooter = entity('v1', { kind: 'vehicle', vehicleType: 'scooter', plate: 'DRX-12-K', make: '', colour: '' });
const lonelyCar = entity('v2', { kind: 'vehicle', vehicleType: 'car', plate: 'AB-123-C', make: '', colour: '' });
const account = entity('c1', { kind: 'account', platform: 'Snapchat', handle: 'mo.demo' });
const place = entity('a1', { kind: 'place', placeType: 'hangout', name: 'Hangplek', address: '', postcode: '', city: '', residents: '', riskNote: '' });

describe('the network as the police get it', () => {
  it('keeps only released entities and the links whose ends are all released or the youth', () => {
    const shared = shareableNetwork({
      entities: [exploiter, withheldCousin, scooter],
      links: [link('l1', 'p1', null, 'recruits', 'danger'), link('l2', 'p4', null, 'family', 'protective'), link('l3', 'p1', 'p4', 'family', 'neutral'), link('l4', 'p1', 'v1', 'usesVehicle', 'worrying')],
    });
    expect(shared.entities.map((entity) => entity.id)).toEqual(['p1', 'v1']);
    expect(shared.links.map((link) => link.id)).toEqual(['l1', 'l4']);
    expect(shared.withheldCount).toBe(1);
  });

  it('finds persons of concern by role or by a worrying or dangerous link, with their vehicles and accounts', () => {
    const grouped = policeNetwork({
      entities: [exploiter, friend, worryingFriend, scooter, lonelyCar, account, place],
      links: [
        link('l1', 'p1', null, 'recruits', 'danger'),
        link('l2', 'p1', 'v1', 'usesVehicle', 'neutral'),
        link('l3', 'c1', 'p1', 'ownsAccount', 'neutral'),
        link('l4', 'p3', 'a1', 'other', 'worrying'),
        link('l5', null, 'p2', 'friendship', 'protective'),
        link('l6', 'p2', 'v2', 'transports', 'neutral'),
      ],
      withheldCount: 0,
    });
    expect(grouped.places.map((entity) => entity.id)).toEqual(['a1']);
    expect(grouped.personsOfConcern.map(({ person, withYouth, vehicles, reachableVia }) => [person.id, withYouth.map((l) => l.id), vehicles.map((v) => v.id), reachableVia.map((r) => r.id)])).toEqual([
      ['p1', ['l1'], ['v1'], ['c1']],
      ['p3', [], [], []],
    ]);
    expect(grouped.others.map((entity) => entity.id)).toEqual(['p2', 'v2']);
  });
});
