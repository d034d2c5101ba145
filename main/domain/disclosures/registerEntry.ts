import type { DisclosureRow } from '../../../db/repositories/disclosures';
import type { DisclosureEntry } from '../../../preload/contract';
import { slug } from '../../packet/packetFileName';
import { youthReference } from '../access/youthNames';

const nameWithheld = '(bestandsnaam met de naam van de jongere; alleen zichtbaar voor de aandachtsfunctionaris)';

/**
 * A file name says whom it is about (`meldcode-sanne-smit-…pdf`): without the right to youth names
 * the name in it becomes the reference too, and a name that still shows in any other form hides
 * the whole file name (the hash still identifies the file).
 */
function fileNameWithoutYouth(fileName: string, youthName: string, reference: string): string {
  const fullName = slug(youthName);
  const replaced = fullName ? fileName.split(fullName).join(reference) : fileName;
  const words = new Set(slug(replaced).split('-'));
  const stillNamed = fullName.split('-').some((part) => part.length > 1 && words.has(part));
  return stillNamed ? nameWithheld : replaced;
}

/** A register line as the viewer may see it: the youth by name, or by reference only. */
export function registerEntry(row: DisclosureRow, showYouthNames: boolean): DisclosureEntry {
  const { disclosedBy: _byId, ...entry } = row;
  if (showYouthNames) return entry;
  const reference = youthReference(row.youthId);
  return { ...entry, youthName: reference, fileName: fileNameWithoutYouth(row.fileName, row.youthName, reference) };
}
