import type { DisclosureRow } from '../../../db/repositories/disclosures';
import type { DisclosureEntry } from '../../../preload/contract';
import { youthReference } from '../access/youthNames';

const nameWithheld = '(bestandsnaam met de naam van de jongere; alleen zichtbaar voor de aandachtsfunctionaris)';
const textWithheld = '(alleen zichtbaar voor de aandachtsfunctionaris)';

/**
 * What a file about a youth is called: `<kind>-<name>-<date>-<time>.pdf` (packetFileName.ts
 * datedPdfName), the kind being one of these. Cutting the name out by this shape, rather than by
 * the youth's present name, also hides a name the youth had when the file was made.
 */
const namedFile = /^(vermissing|meldcode|casussamenvatting|melding-veilig-thuis|melding-politie)-.+-(\d{4}-\d{2}-\d{2}-\d{4}\.pdf)$/;

/** The anonymised consultation's file names no youth; any other shape is withheld whole (the hash still identifies the file). */
function fileNameWithoutYouth(row: DisclosureRow, reference: string): string {
  if (row.document === 'anonymisedConsultation') return row.fileName;
  const match = namedFile.exec(row.fileName);
  return match ? `${match[1]}-${reference}-${match[2]}` : nameWithheld;
}

/**
 * A register line as the viewer may see it: the youth by name, or by reference only. Without the
 * right to names the purpose and the person at the recipient are withheld too, as the access log
 * withholds reasons: they are typed freely and may well name the youth.
 */
export function registerEntry(row: DisclosureRow, showYouthNames: boolean): DisclosureEntry {
  const { disclosedBy: _byId, ...entry } = row;
  if (showYouthNames) return entry;
  const reference = youthReference(row.youthId);
  return {
    ...entry,
    youthName: reference,
    purpose: textWithheld,
    recipientPerson: row.recipientPerson === '' ? '' : textWithheld,
    fileName: fileNameWithoutYouth(row, reference),
  };
}
