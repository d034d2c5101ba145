import type { Content } from 'pdfmake/interfaces';
import { isPhotoOld } from '../../../preload/contract/rules/photoAge';
import { recentPhotoMonths } from '../../../preload/contract';
import { dutchDay, formatDay } from '../packetFormat';
import type { MissingPacketData } from '../packetData';

/** The key of the recent photo in the document's images. */
export const portraitImage = 'portrait';
export const photoSize = { width: 210, height: 270 };

/** 'unreadable': the stored photo made the PDF fail, so this packet is made without it. */
export type PortraitUse = 'embed' | 'unreadable';

const notice = (text: string): Content => ({
  table: { widths: [photoSize.width - 10], heights: [photoSize.height / 2], body: [[{ text, style: 'noPhoto' }]] },
  layout: 'noBorders',
  fillColor: '#eeeeee',
});

/** The recent photo large with its date; the police must see at once when there is none or it is old. */
export function portraitBlock({ portrait, printedAt }: MissingPacketData, use: PortraitUse): Content[] {
  if (!portrait) return [notice('GEEN FOTO BESCHIKBAAR')];
  const taken = { text: `Foto van ${formatDay(portrait.takenOn)}`, style: 'caption' };
  const age: Content[] = isPhotoOld(portrait.takenOn, dutchDay(printedAt))
    ? [{ text: `LET OP: deze foto is ouder dan ${recentPhotoMonths} maanden. De jongere kan er nu anders uitzien.`, style: 'warning' }]
    : [];
  if (use === 'unreadable') return [notice('De foto kon niet worden gelezen en staat niet in dit document.'), taken, ...age];
  return [{ image: portraitImage, fit: [photoSize.width, photoSize.height] }, taken, ...age];
}
