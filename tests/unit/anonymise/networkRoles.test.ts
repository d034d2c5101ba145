import { describe, expect, it } from 'vitest';
import { networkRoles, roleLetter } from '../../../main/domain/anonymise/networkRoles';
import type { EntityDetails } from '../../../preload/contract';

const entity = (id: string, details: Partial<EntityDetails> & Pick<EntityDetails, 'kind'>) => ({ id, details: details as EntityDetails });

describe('network roles', () => {
  it('letters the people in the network’s order and names the rest by type only', () => {
    const roles = networkRoles([
      entity('1', { kind: 'person', role: 'friend', name: 'Qaxo' }),
      entity('2', { kind: 'place', placeType: 'hotel', name: 'Hotel Qezi' }),
      entity('3', { kind: 'person', role: 'suspectedExploiter', name: 'Qivo' }),
      entity('4', { kind: 'vehicle', vehicleType: 'scooter', plate: 'QX-123-Z' }),
      entity('5', { kind: 'phone', number: '0612345678' }),
      entity('6', { kind: 'account', platform: 'Snapchat', handle: 'qaxo' }),
      entity('7', { kind: 'person', role: 'family', name: 'Qoza' }),
    ]);
    expect([...roles.values()]).toEqual(['vriend A', 'hotel', 'vermoedelijke uitbuiter B', 'scooter', 'een telefoonnummer', 'een account op Snapchat', 'familielid C']);
  });

  it('goes on after Z with two letters', () => {
    expect([0, 25, 26, 27, 51, 52].map(roleLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
