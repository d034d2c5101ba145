import type { LinkRating, NetworkEntity, NetworkLink } from '../../preload/contract';
import type { ShareableNetwork } from './packetData';

/** A person the police should look for or at, with what helps find them. */
export interface PersonOfConcern {
  person: NetworkEntity;
  /** The person's links with the youth: how they are involved. */
  withYouth: NetworkLink[];
  vehicles: NetworkEntity[];
  /** Phone numbers and online accounts linked to the person. */
  reachableVia: NetworkEntity[];
}

export interface PoliceNetwork {
  places: NetworkEntity[];
  personsOfConcern: PersonOfConcern[];
  /** Released entities not shown with a place or a person of concern. */
  others: NetworkEntity[];
}

const concerningRoles = new Set(['suspectedExploiter', 'newContact', 'unknown']);
const concerningRatings = new Set<LinkRating>(['worrying', 'danger']);

const touches = (link: NetworkLink, id: string) => link.fromId === id || link.toId === id;
/** The other end of a link from `id`; null is the youth. */
const otherEnd = (link: NetworkLink, id: string) => (link.fromId === id ? link.toId : link.fromId);

/**
 * Sorts the released network the way the police use it: addresses to go to, persons of concern
 * (by their role, or any worrying or dangerous link) with their vehicles, numbers and accounts,
 * and the rest.
 */
export function policeNetwork(network: ShareableNetwork): PoliceNetwork {
  const byId = new Map(network.entities.map((entity) => [entity.id, entity]));
  const linksOf = (id: string) => network.links.filter((link) => touches(link, id));
  const linked = (id: string, accept: (link: NetworkLink, other: NetworkEntity) => boolean) =>
    linksOf(id).flatMap((link) => {
      const other = byId.get(otherEnd(link, id) ?? '');
      return other && accept(link, other) ? [other] : [];
    });

  const personsOfConcern = network.entities
    .filter((entity) => entity.details.kind === 'person')
    .filter((person) => (person.details.kind === 'person' && concerningRoles.has(person.details.role)) || linksOf(person.id).some((link) => concerningRatings.has(link.rating)))
    .map((person) => ({
      person,
      withYouth: linksOf(person.id).filter((link) => otherEnd(link, person.id) === null),
      vehicles: unique(linked(person.id, (link, other) => link.type === 'usesVehicle' && other.kind === 'vehicle')),
      reachableVia: unique(linked(person.id, (_, other) => other.kind === 'phone' || other.kind === 'account')),
    }));

  const places = network.entities.filter((entity) => entity.kind === 'place');
  const shown = new Set([...places, ...personsOfConcern.flatMap((concern) => [concern.person, ...concern.vehicles, ...concern.reachableVia])].map((entity) => entity.id));
  return { places, personsOfConcern, others: network.entities.filter((entity) => !shown.has(entity.id)) };
}

function unique(entities: NetworkEntity[]): NetworkEntity[] {
  return [...new Map(entities.map((entity) => [entity.id, entity])).values()];
}
