import type { PacketResult } from '../../../preload/contract';
import { pdfOutcomeText } from '../../components/pdfOutcomeText';

/** What happened to the anonymised PDF; only a file that left was recorded. */
export function consultationOutcomeText(result: PacketResult, recipient: string): string {
  return pdfOutcomeText(result, {
    document: 'Anoniem overleg',
    recorded: `De verstrekking aan ${recipient} is vastgelegd.`,
    notRecorded: 'Er is niets verstrekt en niets vastgelegd.',
  });
}
