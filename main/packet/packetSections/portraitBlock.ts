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

/** Where the photo would be; the first line is short enough never to wrap beside the personal details. */
const notice = (line: string, detail: string): Content => ({
  table: { widths: [photoSize.width - 10], heights: [photoSize.height / 2], body: [[{ stack: [{ text: line, style: 'noPhoto' }, { text: detail, alignment: 'center' }] }]] },
  layout: 'noBorders',
  fillColor: '#eeeeee',
});

/** The recent photo large with its date; the police must see at once when there is none or it is old. */
export function portraitBlock({ portrait, printedAt }: Pick<MissingPacketData, 'portrait' | 'printedAt'>, use: PortraitUse): Content[] {
  if (!portrait) return [notice('GEEN FOTO BESCHIKBAAR', 'Er is geen portretfoto in het dossier.')];
  const taken = { text: `Foto van ${formatDay(portrait.takenOn)}`, style: 'caption' };
  const age: Content[] = isPhotoOld(portrait.takenOn, dutchDay(printedAt))
    ? [{ text: `LET OP: deze foto is ouder dan ${recentPhotoMonths} maanden. De jongere kan er nu anders uitzien.`, style: 'warning' }]
    : [];
  if (use === 'unreadable') return [notice('Foto kon niet worden gelezen', 'Dit document is zonder foto gemaakt.'), taken, ...age];
  return [{ image: portraitImage, fit: [photoSize.width, photoSize.height] }, taken, ...age];
}
