import { vehicleTypeLabels, type EntityDetails } from '../../../preload/contract';

/**
 * What lists and the graph call an entity: the words staff would use for it. Kept with the
 * entity (it is what the tables sort and the graph shows), so it is worked out when it is saved.
 */
export function entityLabel(details: EntityDetails): string {
  switch (details.kind) {
    case 'person':
      return details.alias ? `${details.name} (${details.alias})` : details.name;
    case 'place':
      return details.name;
    case 'vehicle':
      return details.plate || [details.make, details.colour].filter(Boolean).join(', ') || vehicleTypeLabels[details.vehicleType];
    case 'phone':
      return details.number;
    case 'account':
      return `${details.platform}: ${details.handle}`;
  }
}
