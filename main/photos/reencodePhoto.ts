import jpeg from 'jpeg-js';
import { decodeImage } from './decodeImage';
import { applyOrientation, readOrientation } from './orientation';
import { resizeToFit } from './resize';
import type { RgbaImage } from './rgbaImage';

/** Sharp on a screen and in a printed A4 packet, yet small enough to keep many in the database. */
export const photoMaxSide = 1600;
export const thumbnailMaxSide = 320;
const photoQuality = 85;
const thumbnailQuality = 80;

export interface ReencodedPhoto {
  /** A fresh JPEG: only the pixels were carried over, so no EXIF, GPS, XMP or comments. */
  image: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

function encodeJpeg(image: RgbaImage, quality: number): Buffer {
  return jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality).data;
}

/**
 * Upright (the EXIF orientation applied to the pixels), at most `photoMaxSide` pixels on the long
 * side, and re-encoded from the pixels alone: nothing of the original file survives but the picture.
 * Refuses what is not a JPEG or PNG photo with AppError('VALIDATION') and a Dutch message.
 */
export async function reencodePhoto(bytes: Uint8Array): Promise<ReencodedPhoto> {
  const decoded = decodeImage(bytes);
  const upright = applyOrientation(decoded, await readOrientation(bytes));
  const photo = resizeToFit(upright, photoMaxSide);
  return {
    image: encodeJpeg(photo, photoQuality),
    thumbnail: encodeJpeg(resizeToFit(photo, thumbnailMaxSide), thumbnailQuality),
    width: photo.width,
    height: photo.height,
  };
}
