import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { photoMessages } from '../../main/photos/decodeImage';
import { applyOrientation } from '../../main/photos/orientation';
import { reencodePhoto } from '../../main/photos/reencodePhoto';
import { resizeToFit } from '../../main/photos/resize';
import { cameraJpeg, fictionalGps, halfTransparentPng, jpegSegmentMarkers, pixelAt, plainJpeg } from '../support/testImages';

const decode = (bytes: Uint8Array) => jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
const isReddish = ([r, g, b]: number[]) => r! > 180 && g! < 80 && b! < 80;
const isGreyish = ([r, g, b]: number[]) => [r, g, b].every((value) => Math.abs(value! - 128) < 20);

/** Segments a fresh JPEG has: JFIF header, quantisation and Huffman tables, frame, scan. */
const bareJpegMarkers = new Set([0xe0, 0xdb, 0xc0, 0xc4, 0xda]);

describe('re-encoding an uploaded photo', () => {
  it('starts from a camera JPEG that really carries EXIF, GPS, XMP and a comment', async () => {
    const input = cameraJpeg(64, 32, 6);
    expect(await exifr.gps(input)).toMatchObject({ latitude: expect.closeTo(fictionalGps.latitude, 1), longitude: expect.closeTo(fictionalGps.longitude, 1) });
    expect(await exifr.orientation(input)).toBe(6);
    expect(await exifr.parse(input, { xmp: true })).toMatchObject({ Make: 'Testcamera', creator: 'Testfotograaf' });
    expect(jpegSegmentMarkers(input)).toEqual(expect.arrayContaining([0xe1, 0xfe]));
  });

  it('leaves no EXIF, GPS, XMP or comment in the stored JPEG or its thumbnail', async () => {
    const { image, thumbnail } = await reencodePhoto(cameraJpeg(64, 32, 6));
    for (const output of [image, thumbnail]) {
      expect(output.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(await exifr.parse(output, { tiff: true, xmp: true, icc: true, iptc: true, jfif: false })).toBeUndefined();
      expect(await exifr.gps(output)).toBeUndefined();
      expect(await exifr.orientation(output)).toBeUndefined();
      expect(jpegSegmentMarkers(output).every((marker) => bareJpegMarkers.has(marker))).toBe(true);
      for (const text of ['Exif', 'Testcamera', 'Testfotograaf', 'Opmerking van de camera', 'xmpmeta']) {
        expect(output.includes(text)).toBe(false);
      }
    }
  });

  it('turns the pixels as the orientation says: 6 (a quarter to the right) swaps width and height', async () => {
    const { image, width, height } = await reencodePhoto(cameraJpeg(64, 32, 6));
    expect([width, height]).toEqual([32, 64]);
    const decoded = decode(image);
    expect([decoded.width, decoded.height]).toEqual([32, 64]);
    // The red square was top left as stored; turned a quarter clockwise it is top right.
    expect(isReddish(pixelAt(decoded, 28, 4))).toBe(true);
    expect(isGreyish(pixelAt(decoded, 4, 4))).toBe(true);
  });

  it('maps every EXIF orientation to the right corner for the top-left pixel', () => {
    const image = { width: 3, height: 2, data: new Uint8Array(3 * 2 * 4) };
    image.data.set([1, 0, 0, 255], 0);
    const cornerOfMark = (orientation: number) => {
      const turned = applyOrientation(image, orientation);
      const index = [...turned.data].findIndex((value, at) => at % 4 === 0 && value === 1) / 4;
      return { size: [turned.width, turned.height], at: [index % turned.width, Math.floor(index / turned.width)] };
    };
    expect(cornerOfMark(1)).toEqual({ size: [3, 2], at: [0, 0] });
    expect(cornerOfMark(2)).toEqual({ size: [3, 2], at: [2, 0] });
    expect(cornerOfMark(3)).toEqual({ size: [3, 2], at: [2, 1] });
    expect(cornerOfMark(4)).toEqual({ size: [3, 2], at: [0, 1] });
    expect(cornerOfMark(5)).toEqual({ size: [2, 3], at: [0, 0] });
    expect(cornerOfMark(6)).toEqual({ size: [2, 3], at: [1, 0] });
    expect(cornerOfMark(7)).toEqual({ size: [2, 3], at: [1, 2] });
    expect(cornerOfMark(8)).toEqual({ size: [2, 3], at: [0, 2] });
  });

  it('shrinks a large photo to at most 1600 pixels on the long side and the thumbnail to 320', async () => {
    const { image, thumbnail, width, height } = await reencodePhoto(plainJpeg(2400, 1000, 300));
    expect([width, height]).toEqual([1600, 667]);
    const decoded = decode(image);
    expect([decoded.width, decoded.height]).toEqual([1600, 667]);
    expect(isReddish(pixelAt(decoded, 10, 10))).toBe(true);
    expect(isGreyish(pixelAt(decoded, 1500, 600))).toBe(true);
    const small = decode(thumbnail);
    expect([small.width, small.height]).toEqual([320, 133]);
  });

  it('keeps a small photo at its own size', async () => {
    const { width, height } = await reencodePhoto(plainJpeg(400, 300));
    expect([width, height]).toEqual([400, 300]);
  });

  it('averages the area when shrinking: a fine black-and-white stripe pattern becomes even grey', () => {
    const width = 300;
    const data = new Uint8Array(width * 2 * 4);
    for (let x = 0; x < width * 2; x++) data.set(x % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255], x * 4);
    const shrunk = resizeToFit({ width, height: 2, data }, 100);
    expect(shrunk.width).toBe(100);
    for (let x = 0; x < 100; x++) {
      const [value] = pixelAt(shrunk, x, 0);
      expect(Math.abs(value! - 128)).toBeLessThanOrEqual(43);
    }
    const mean = [...shrunk.data].filter((_, at) => at % 4 === 0).reduce((sum, value) => sum + value, 0) / 100;
    expect(Math.abs(mean - 127.5)).toBeLessThan(2);
  });

  it('reads a PNG and puts transparent parts on white', async () => {
    const { image, width, height } = await reencodePhoto(halfTransparentPng(40, 20));
    expect([width, height]).toEqual([40, 20]);
    const decoded = decode(image);
    expect(isReddish(pixelAt(decoded, 5, 10))).toBe(true);
    expect(pixelAt(decoded, 35, 10).every((value) => value > 240)).toBe(true);
  });

  it('refuses a file that is not a photo with a clear Dutch message', async () => {
    await expect(reencodePhoto(Buffer.from('Dit is geen foto maar platte tekst.'))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('kon niet als foto worden gelezen'),
    });
  });

  it('refuses a JPEG that breaks off after its header', async () => {
    const broken = plainJpeg(64, 64).subarray(0, 30);
    await expect(reencodePhoto(broken)).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.unreadable });
  });

  it('names WebP and iPhone HEIC files and says how to convert them', async () => {
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(20)]);
    await expect(reencodePhoto(webp)).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.webp });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(20)]);
    await expect(reencodePhoto(heic)).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.heic });
  });

  it('refuses a PNG whose header claims more pixels than a photo has, before unpacking it', async () => {
    const png = halfTransparentPng(4, 4);
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    await expect(reencodePhoto(png)).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.tooLarge });
  });
});
