import { personRoleLabels, placeTypeLabels, vehicleTypeLabels, type NetworkEntity } from '../../../preload/contract';

/** "1 verband", "3 verbanden". */
export const linkCount = (count: number) => (count === 1 ? '1 verband' : `${count} verbanden`);

/** Who a person is for the youth, or what kind of place or vehicle: the table's "Rol of type". */
export function entityTypeLabel(entity: NetworkEntity): string {
  const details = entity.details;
  switch (details.kind) {
    case 'person':
      return personRoleLabels[details.role];
    case 'place':
      return placeTypeLabels[details.placeType];
    case 'vehicle':
      return vehicleTypeLabels[details.vehicleType];
    case 'phone':
    case 'account':
      return '—';
  }
}
