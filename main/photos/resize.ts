import { blankImage, type RgbaImage } from './rgbaImage';

/** The size that fits within `maxSide` on both sides, keeping the proportions; never enlarged. */
export function fittedSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

interface Span {
  first: number;
  weights: Float32Array;
}

/**
 * Area averaging: target pixel i covers source pixels [i·s, (i+1)·s); each source pixel weighs
 * by how much of it lies inside. Smooth and free of the moiré that picking pixels would give.
 */
function spans(sourceLength: number, targetLength: number): Span[] {
  const scale = sourceLength / targetLength;
  return Array.from({ length: targetLength }, (_, i) => {
    const start = i * scale;
    const end = Math.min(sourceLength, start + scale);
    const first = Math.floor(start);
    const weights = new Float32Array(Math.ceil(end) - first);
    for (let j = 0; j < weights.length; j++) {
      weights[j] = (Math.min(end, first + j + 1) - Math.max(start, first + j)) / scale;
    }
    return { first, weights };
  });
}

/**
 * Shrinks an opaque image to fit within `maxSide`, in two passes (rows, then columns); an image
 * that already fits is returned as it is.
 */
export function resizeToFit(image: RgbaImage, maxSide: number): RgbaImage {
  const size = fittedSize(image.width, image.height, maxSide);
  if (size.width === image.width && size.height === image.height) return image;
  const columns = spans(image.width, size.width);
  const rows = spans(image.height, size.height);

  // Three channels: the images are opaque, so alpha needs no averaging.
  const narrowed = new Float32Array(size.width * image.height * 3);
  for (let y = 0; y < image.height; y++) {
    const rowStart = y * image.width;
    for (let x = 0; x < size.width; x++) {
      const { first, weights } = columns[x]!;
      let red = 0;
      let green = 0;
      let blue = 0;
      for (let j = 0; j < weights.length; j++) {
        const at = (rowStart + first + j) * 4;
        const weight = weights[j]!;
        red += image.data[at]! * weight;
        green += image.data[at + 1]! * weight;
        blue += image.data[at + 2]! * weight;
      }
      const out = (y * size.width + x) * 3;
      narrowed[out] = red;
      narrowed[out + 1] = green;
      narrowed[out + 2] = blue;
    }
  }

  const result = blankImage(size.width, size.height);
  for (let y = 0; y < size.height; y++) {
    const { first, weights } = rows[y]!;
    for (let x = 0; x < size.width; x++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      for (let j = 0; j < weights.length; j++) {
        const at = ((first + j) * size.width + x) * 3;
        const weight = weights[j]!;
        red += narrowed[at]! * weight;
        green += narrowed[at + 1]! * weight;
        blue += narrowed[at + 2]! * weight;
      }
      const out = (y * size.width + x) * 4;
      result.data[out] = Math.round(red);
      result.data[out + 1] = Math.round(green);
      result.data[out + 2] = Math.round(blue);
      result.data[out + 3] = 255;
    }
  }
  return result;
}
