import type { NetworkEntity } from '../../../preload/contract';

/**
 * What the network's entities become in an anonymised text: a person is a role with a letter
 * ("vriend A", "familielid B"), a place its type, a vehicle its kind, a phone or account no more
 * than that it exists. Letters follow the network's own order (oldest first), so the same
 * network gives the same letters every time.
 */

const personWords = {
  family: 'familielid',
  friend: 'vriend',
  partner: 'partner',
  newContact: 'nieuw contact',
  peer: 'medejongere',
  professional: 'professional',
  suspectedExploiter: 'vermoedelijke uitbuiter',
  unknown: 'persoon',
} as const;

const placeWords = {
  homeOf: 'woning',
  hangout: 'hangplek',
  hotel: 'hotel',
  school: 'school of werk',
  mayGoTo: 'opvangadres',
  other: 'plek',
} as const;

const vehicleWords = { car: 'auto', scooter: 'scooter', motorcycle: 'motor', other: 'voertuig' } as const;

/** A, B, …, Z, AA, AB, …: as many letters as there are people. */
export function roleLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${roleLetter(Math.floor(index / 26) - 1)}${letter}`;
}

/** The role of each entity, by id. */
export function networkRoles(entities: readonly Pick<NetworkEntity, 'id' | 'details'>[]): Map<string, string> {
  const roles = new Map<string, string>();
  let people = 0;
  for (const { id, details } of entities) {
    if (details.kind === 'person') roles.set(id, `${personWords[details.role]} ${roleLetter(people++)}`);
    else if (details.kind === 'place') roles.set(id, placeWords[details.placeType]);
    else if (details.kind === 'vehicle') roles.set(id, vehicleWords[details.vehicleType]);
    else if (details.kind === 'phone') roles.set(id, 'een telefoonnummer');
    else roles.set(id, `een account op ${details.platform}`);
  }
  return roles;
}
