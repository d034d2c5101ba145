import { disclosureDocumentLabels, disclosureOutputLabels, legalGroundLabels, type DisclosureEntry } from '../../../preload/contract';
import { excelCsv } from '../csv/excelCsv';

const columns = ['Tijd', 'Door', 'Jongere', 'Document', 'Uitvoer', 'Ontvanger', 'Persoon bij ontvanger', 'Doel', 'Grondslag', 'Onderdelen', 'Bestandsnaam', 'SHA-256'];

/** The register for the privacy officer, in the access log's CSV dialect (see excelCsv). */
export function disclosureCsv(entries: Iterable<DisclosureEntry>, formatTime: (iso: string) => string): string {
  return excelCsv(
    columns,
    Array.from(entries, (entry) => [
      formatTime(entry.disclosedAt),
      entry.disclosedByName,
      entry.youthName,
      disclosureDocumentLabels[entry.document],
      disclosureOutputLabels[entry.output],
      entry.recipient,
      entry.recipientPerson,
      entry.purpose,
      legalGroundLabels[entry.legalGround],
      entry.categories.join(', '),
      entry.fileName,
      entry.sha256,
    ]),
  );
}
