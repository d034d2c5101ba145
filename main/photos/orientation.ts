import exifr from 'exifr';
import { blankImage, type RgbaImage } from './rgbaImage';

/**
 * The EXIF orientation (1–8) a camera stored instead of turning the pixels; 1 when there is none.
 * Damaged EXIF is no reason to refuse a photo: it is then shown as stored.
 */
export async function readOrientation(bytes: Uint8Array): Promise<number> {
  try {
    const orientation = await exifr.orientation(bytes);
    return orientation !== undefined && orientation >= 1 && orientation <= 8 ? orientation : 1;
  } catch {
    return 1;
  }
}

/**
 * For each orientation: where the pixel shown at (x, y) lies in the stored image of size w × h.
 * 5–8 are turned a quarter, so width and height swap.
 */
const sourceOf: Record<number, (x: number, y: number, w: number, h: number) => [number, number]> = {
  1: (x, y) => [x, y],
  2: (x, y, w) => [w - 1 - x, y],
  3: (x, y, w, h) => [w - 1 - x, h - 1 - y],
  4: (x, y, _w, h) => [x, h - 1 - y],
  5: (x, y) => [y, x],
  6: (x, y, _w, h) => [y, h - 1 - x],
  7: (x, y, w, h) => [w - 1 - y, h - 1 - x],
  8: (x, y, w) => [w - 1 - y, x],
};

/** Turns and mirrors the pixels themselves, so the photo stands upright without any EXIF. */
export function applyOrientation(image: RgbaImage, orientation: number): RgbaImage {
  const source = sourceOf[orientation];
  if (!source || orientation === 1) return image;
  const { width: w, height: h } = image;
  const swapped = orientation >= 5;
  const result = blankImage(swapped ? h : w, swapped ? w : h);
  // The mapping is affine: the source index moves by fixed steps along a row and down a column.
  const indexOf = (x: number, y: number) => {
    const [sx, sy] = source(x, y, w, h);
    return sy * w + sx;
  };
  const start = indexOf(0, 0);
  const stepX = indexOf(1, 0) - start;
  const stepY = indexOf(0, 1) - start;
  const pixels = new Uint32Array(image.data.buffer, image.data.byteOffset, w * h);
  const target = new Uint32Array(result.data.buffer);
  for (let y = 0, out = 0; y < result.height; y++) {
    for (let x = 0, from = start + y * stepY; x < result.width; x++, from += stepX) target[out++] = pixels[from]!;
  }
  return result;
}
