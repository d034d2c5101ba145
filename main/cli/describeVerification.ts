import { accessActionLabels } from '../../preload/contract';
import type { AccessLogVerification } from '../services/audit/verifyAccessLog';

const problems = {
  changed: 'is gewijzigd: de inhoud past niet meer bij de opgeslagen hash',
  missing: 'ontbreekt: de regel is verwijderd',
  relinked: 'verwijst niet naar de regel ervoor: regels zijn verwisseld of herschreven',
  truncated: 'ontbreekt: de nieuwste regels zijn verwijderd (het ankerbestand naast de database kent ze wel)',
  anchorMismatch: 'verschilt van de versie in het ankerbestand: het log is tot hier herschreven',
} as const;

/** The verdict in Dutch for IT staff: one line when all is well, the first broken entry otherwise. */
export function describeVerification({ verdict, named, anchored }: AccessLogVerification): string {
  if (verdict.ok) {
    const head = verdict.head ? ` Laatste regel ${verdict.head.seq}, hash ${verdict.head.hash.slice(0, 16)}…` : '';
    const anchor = anchored ? '' : ' (Geen ankerbestand gevonden: verwijderde nieuwste regels zijn dan niet aan te tonen.)';
    return `Toegangslog in orde: ${verdict.entries} regels, de hashketen klopt.${head}${anchor}`;
  }
  const about = named ? ` (${named.at}, ${accessActionLabels[named.action]}, gebruiker ${named.userName ?? 'onbekend'})` : '';
  return `Toegangslog BESCHADIGD: regel ${verdict.seq}${about} ${problems[verdict.problem]}. Regels vóór ${verdict.seq} zijn in orde.`;
}
