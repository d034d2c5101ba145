import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { AppError } from '../errors/AppError';
import type { RgbaImage } from './rgbaImage';

/** A 48-megapixel phone camera fits; more is not a photo we need, and would cost too much memory. */
export const maxPhotoMegapixels = 50;

export const photoMessages = {
  unreadable: 'Dit bestand kon niet als foto worden gelezen. Kies een JPEG- of PNG-foto (.jpg, .jpeg of .png).',
  webp: 'WebP-foto’s kan Waakzaam niet lezen. Open de foto bijvoorbeeld in Paint, sla hem op als JPEG of PNG en kies dat bestand.',
  heic: 'HEIC-foto’s (van een iPhone) kan Waakzaam niet lezen. Stel de iPhone in op ‘Meest compatibel’ of sla de foto op als JPEG, en kies dat bestand.',
  tooLarge: `Deze foto heeft te veel pixels (hooguit ${maxPhotoMegapixels} megapixel). Verklein de foto eerst of kies een andere.`,
  outOfMemory: 'Deze foto is te groot om te verwerken: er was niet genoeg geheugen. Verklein de foto eerst of kies een andere.',
  timedOut: 'De foto kon niet op tijd worden verwerkt. Verklein de foto eerst of kies een andere, en probeer het opnieuw.',
} as const;

type Format = 'jpeg' | 'png' | 'webp' | 'heic' | 'unknown';

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** By content, not by name: a renamed file is read for what it is. */
export function detectFormat(bytes: Uint8Array): Format {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1)$/.test(ascii(bytes, 8, 12))) return 'heic';
  return 'unknown';
}

function checkPixelCount(width: number, height: number): void {
  if (width * height > maxPhotoMegapixels * 1_000_000) throw new AppError('VALIDATION', photoMessages.tooLarge);
}

function decodeJpeg(bytes: Uint8Array): RgbaImage {
  try {
    const { width, height, data } = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: maxPhotoMegapixels,
      maxMemoryUsageInMB: 1024,
    });
    return { width, height, data };
  } catch (error) {
    if (error instanceof Error && /maxResolutionInMP|maxMemoryUsageInMB/.test(error.message)) {
      throw new AppError('VALIDATION', photoMessages.tooLarge);
    }
    throw new AppError('VALIDATION', photoMessages.unreadable);
  }
}

/** The size is read from the header first: a small PNG can unpack into an enormous bitmap. */
function decodePng(bytes: Uint8Array): RgbaImage {
  if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') throw new AppError('VALIDATION', photoMessages.unreadable);
  const header = new DataView(bytes.buffer, bytes.byteOffset, 24);
  checkPixelCount(header.getUint32(16), header.getUint32(20));
  try {
    const { width, height, data } = pngjs.PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    return { width, height, data: onWhite(data) };
  } catch {
    throw new AppError('VALIDATION', photoMessages.unreadable);
  }
}

/** A JPEG has no transparency: transparent parts become white, as on paper, not black. */
function onWhite(data: Uint8Array): Uint8Array {
  const result = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]!;
    const paper = 255 - alpha;
    result[i] = Math.round((data[i]! * alpha) / 255 + paper);
    result[i + 1] = Math.round((data[i + 1]! * alpha) / 255 + paper);
    result[i + 2] = Math.round((data[i + 2]! * alpha) / 255 + paper);
    result[i + 3] = 255;
  }
  return result;
}

/** JPEG or PNG to opaque RGBA pixels; anything else is refused with a message that says what to do. */
export function decodeImage(bytes: Uint8Array): RgbaImage {
  const format = detectFormat(bytes);
  switch (format) {
    case 'jpeg':
    case 'png': {
      const image = format === 'jpeg' ? decodeJpeg(bytes) : decodePng(bytes);
      if (image.width < 1 || image.height < 1) throw new AppError('VALIDATION', photoMessages.unreadable);
      return image;
    }
    case 'webp':
      throw new AppError('VALIDATION', photoMessages.webp);
    case 'heic':
      throw new AppError('VALIDATION', photoMessages.heic);
    case 'unknown':
      throw new AppError('VALIDATION', photoMessages.unreadable);
  }
}
