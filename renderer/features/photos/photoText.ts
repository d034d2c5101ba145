import type { PhotoSummary } from '../../../preload/contract';
import { formatDutchDate } from '../youths/youthDates';

const kindNames = { portrait: 'Portretfoto', mark: 'Foto van een kenmerk' } as const;

/** "Portretfoto van 12-03-2026": the photo's name on buttons, dialogs and as alternative text. */
export function photoTitle(photo: Pick<PhotoSummary, 'kind' | 'takenOn'>): string {
  return `${kindNames[photo.kind]} van ${formatDutchDate(photo.takenOn)}`;
}
