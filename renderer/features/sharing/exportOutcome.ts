import type { PacketResult } from '../../../preload/contract';
import { pdfOutcomeText } from '../../components/pdfOutcomeText';

/** What happened to the file, and whether that was recorded. */
export function exportOutcomeText(result: PacketResult, documentName: string): string {
  return pdfOutcomeText(result, {
    document: documentName,
    recorded: 'De verstrekking is vastgelegd in het verstrekkingenregister.',
    notRecorded: 'Er is niets verstrekt en niets vastgelegd.',
  });
}
