import type { Content } from 'pdfmake/interfaces';
import {
  entityKindLabels,
  linkRatingLabels,
  linkTypeLabels,
  personRoleLabels,
  placeTypeLabels,
  vehicleTypeLabels,
  type NetworkEntity,
} from '../../../preload/contract';
import { fieldTable, grid, listSection, type PacketSection } from '../packetBlocks';
import { formatDay, joined } from '../packetFormat';
import type { ShareableNetwork } from '../packetData';
import type { PersonOfConcern, PoliceNetwork } from '../policeNetwork';

/** What the police can look for: the plate, make and colour, the number, the account. */
function entityFacts(entity: NetworkEntity): string {
  const { details } = entity;
  switch (details.kind) {
    case 'person':
      return joined([personRoleLabels[details.role], details.alias && `bijnaam ${details.alias}`, details.description], '; ');
    case 'place':
      return joined([placeTypeLabels[details.placeType], details.address, joined([details.postcode, details.city], ' '), details.riskNote], '; ');
    case 'vehicle':
      return joined([vehicleTypeLabels[details.vehicleType], details.plate && `kenteken ${details.plate}`, details.make, details.colour]);
    case 'phone':
      return details.number;
    case 'account':
      return `${details.platform}: ${details.handle}`;
  }
}

const seen = (entity: NetworkEntity) => (entity.observedOn ? `gezien ${formatDay(entity.observedOn)}` : '');

export function placesSection(places: readonly NetworkEntity[]): PacketSection {
  const rows = places.map((place) => {
    const details = place.details.kind === 'place' ? place.details : undefined;
    return [
      joined([place.label, details ? placeTypeLabels[details.placeType] : ''], '\n'),
      details ? joined([details.address, joined([details.postcode, details.city], ' ')], '\n') : '',
      details?.residents ?? '',
      details?.riskNote ?? '',
    ];
  });
  return listSection('Adressen waar de jongere heen kan gaan', rows.length > 0 ? [grid(['Plek', 'Adres', 'Wie er woont', 'Risico'], rows, [110, 120, 100, '*'])] : []);
}

function concernBlock({ person, withYouth, vehicles, reachableVia }: PersonOfConcern): Content {
  const details = person.details.kind === 'person' ? person.details : undefined;
  return {
    stack: [
      { text: person.label, style: 'subheading' },
      fieldTable([
        ['Rol', details ? personRoleLabels[details.role] : ''],
        ['Signalement', details?.description ?? ''],
        ['Verband met de jongere', withYouth.map((link) => `${linkTypeLabels[link.type]} (${linkRatingLabels[link.rating].toLowerCase()})`).join(', ')],
        ['Voertuigen', vehicles.map(entityFacts).join('\n')],
        ['Telefoon en accounts', reachableVia.map(entityFacts).join('\n')],
        ['Bron', joined([person.source, seen(person)], ', ')],
      ]),
    ],
  };
}

export function personsOfConcernSection(concerns: readonly PersonOfConcern[]): PacketSection {
  return listSection('Zorgwekkende personen', concerns.map(concernBlock));
}

/** The rest of what was released, and how much was not: the recipient should know there is more. `withheldFrom` ends the sentence, e.g. "voor de politie". */
export function otherNetworkSection({ others }: PoliceNetwork, { withheldCount }: ShareableNetwork, withheldFrom = 'voor de politie'): PacketSection {
  const rows = others.map((entity) => [entityKindLabels[entity.kind], entity.label, entityFacts(entity)]);
  const withheld: Content[] =
    withheldCount > 0 ? [{ text: `${withheldCount} ${withheldCount === 1 ? 'punt' : 'punten'} uit het netwerk ${withheldCount === 1 ? 'is' : 'zijn'} niet vrijgegeven ${withheldFrom}.`, style: 'empty' }] : [];
  return listSection('Overige punten uit het netwerk', rows.length > 0 ? [grid(['Soort', 'Naam', 'Gegevens'], rows, [80, 150, '*'])] : [], withheld);
}
