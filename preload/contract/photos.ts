import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { pastOrTodayDateSchema } from './youthProfile';

/** Portraits identify the youth ("the recent photo"); mark photos show a tattoo, scar or piercing. */
export const photoKinds = ['portrait', 'mark'] as const;
export type PhotoKind = (typeof photoKinds)[number];

/** A portrait older than this many months is flagged on the file and the start screen. */
export const recentPhotoMonths = 3;

/** Camera images of 20+ megapixels stay below this; anything larger is not a photo. */
export const maxPhotoUploadBytes = 25 * 1024 * 1024;

export const newPhotoSchema = z.object({
  youthId: idSchema,
  kind: z.enum(photoKinds, 'Kies of dit een portretfoto of een foto van een kenmerk is.'),
  /** For marks: which tattoo/scar and where; for portraits optional. */
  caption: z.string().trim().max(300, 'Het onderschrift is hooguit 300 tekens.').default(''),
  /** The day the photo was taken, as the user states it (not read from EXIF, which is stripped). */
  takenOn: pastOrTodayDateSchema,
  /** The file or camera frame as base64 (JPEG or PNG; WebP and HEIC are refused with advice); main re-encodes it. */
  imageBase64: z
    .string()
    .min(1, 'Kies een foto.')
    .max(Math.ceil((maxPhotoUploadBytes * 4) / 3) + 4, 'Deze foto is te groot (hooguit 25 MB).')
    .pipe(z.base64('Dit bestand is geen foto.')),
}).refine((photo) => photo.kind !== 'mark' || photo.caption !== '', {
  path: ['caption'],
  // Without it nobody can tell later which tattoo or scar the photo shows, nor where it is.
  message: 'Schrijf op wat de foto laat zien en waar op het lichaam, bijvoorbeeld: tatoeage van een kroon op de linkerpols.',
});
export type NewPhoto = z.output<typeof newPhotoSchema>;

export const photoSummarySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  kind: z.enum(photoKinds),
  caption: z.string(),
  takenOn: z.string(),
  addedAt: z.string(),
  addedByName: z.string(),
  width: z.number(),
  height: z.number(),
  /** A small JPEG as a data: URL, for lists and the start screen. */
  thumbnailDataUrl: z.string(),
});
export type PhotoSummary = z.infer<typeof photoSummarySchema>;

/** The order the file shows: portraits newest first (by day taken, then by when added), then marks likewise. */
export function comparePhotos(a: PhotoSummary, b: PhotoSummary): number {
  if (a.kind !== b.kind) return a.kind === 'portrait' ? -1 : 1;
  return b.takenOn.localeCompare(a.takenOn) || b.addedAt.localeCompare(a.addedAt);
}

export const photoSchema = photoSummarySchema.extend({ imageDataUrl: z.string() });
export type Photo = z.infer<typeof photoSchema>;

export const photoCalls = {
  /** Re-encodes (strips EXIF/GPS, resizes) and stores the photo inside the encrypted database. */
  add: defineCall(newPhotoSchema, photoSummarySchema),
  /** The full-size photo; logged as a read. */
  get: defineCall(z.object({ id: idSchema }), photoSchema),
  remove: defineCall(z.object({ id: idSchema }), z.null()),
};
