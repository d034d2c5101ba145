import { storedEntityDetailsSchema, type EntityDetails, type EntityKind } from '../../preload/contract';
import { readStoredDocument, type ReportUnreadable } from '../storedDocument';

/** Details that cannot be read at all show the entity's kind and its saved label; the rest is empty. */
function detailsFromLabel(kind: EntityKind, label: string): EntityDetails {
  switch (kind) {
    case 'person':
      return { kind, role: 'unknown', name: label, alias: '', description: '' };
    case 'place':
      return { kind, placeType: 'other', name: label, address: '', postcode: '', city: '', residents: '', riskNote: '' };
    case 'vehicle':
      return { kind, vehicleType: 'other', plate: '', make: label, colour: '' };
    case 'phone':
      return { kind, number: label };
    case 'account':
      return { kind, platform: '', handle: label };
  }
}

/** An entity's details as saved, without today's rules: a number or postcode a later rule refuses still shows. */
export function readEntityDetails(row: { kind: EntityKind; label: string; details: unknown }, report?: ReportUnreadable): EntityDetails {
  return readStoredDocument('networkEntity', storedEntityDetailsSchema, row.details, () => detailsFromLabel(row.kind, row.label), report);
}
