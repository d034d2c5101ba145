import jpeg from 'jpeg-js';
import piexif from 'piexifjs';
import pngjs from 'pngjs';

/** Fictional camera data: a place in the North Sea, far from any real address. */
export const fictionalGps = { latitude: 53.5, longitude: 3.25 };

type Colour = readonly [number, number, number, number];
export const red: Colour = [220, 20, 20, 255];
export const grey: Colour = [128, 128, 128, 255];

/** `width` × `height` in grey with a red square of `mark` pixels in the top left corner. */
export function markedPixels(width: number, height: number, mark: number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(x < mark && y < mark ? red : grey, (y * width + x) * 4);
  }
  return data;
}

export function plainJpeg(width: number, height: number, mark = 16, comments: string[] = []): Buffer {
  return jpeg.encode({ width, height, data: markedPixels(width, height, mark), comments }, 90).data;
}

function rational(degrees: number): [number, number][] {
  const whole = Math.floor(degrees);
  const minutes = (degrees - whole) * 60;
  return [
    [whole, 1],
    [Math.round(minutes * 100), 100],
    [0, 1],
  ];
}

/** A JPEG as a camera writes it: EXIF with an orientation, camera make, date and GPS position. */
export function cameraJpeg(width: number, height: number, orientation: number, comments: string[] = ['Opmerking van de camera']): Buffer {
  const exif = piexif.dump({
    '0th': { [piexif.ImageIFD.Orientation]: orientation, [piexif.ImageIFD.Make]: 'Testcamera', [piexif.ImageIFD.Model]: 'Model 1' },
    Exif: { [piexif.ExifIFD.DateTimeOriginal]: '2026:01:02 03:04:05' },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: 'N',
      [piexif.GPSIFD.GPSLatitude]: rational(fictionalGps.latitude),
      [piexif.GPSIFD.GPSLongitudeRef]: 'E',
      [piexif.GPSIFD.GPSLongitude]: rational(fictionalGps.longitude),
    },
  });
  const withExif = piexif.insert(exif, plainJpeg(width, height, 16, comments).toString('binary'));
  return withXmp(Buffer.from(withExif, 'binary'));
}

/** Adds an XMP packet (APP1) right after the start marker, as photo editors do. */
function withXmp(jpegBytes: Buffer): Buffer {
  const payload = Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Testfotograaf"/></rdf:RDF></x:xmpmeta>', 'binary');
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpegBytes.subarray(0, 2), header, payload, jpegBytes.subarray(2)]);
}

/** A PNG whose right half is fully transparent. */
export function halfTransparentPng(width: number, height: number): Buffer {
  const png = new pngjs.PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) png.data.set(x < width / 2 ? red : [0, 0, 0, 0], (y * width + x) * 4);
  }
  return pngjs.PNG.sync.write(png);
}

/** The marker of every segment before the image data (SOS), e.g. 0xe0 for APP0, 0xe1 for APP1/EXIF. */
export function jpegSegmentMarkers(bytes: Uint8Array): number[] {
  const markers: number[] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    markers.push(marker);
    if (marker === 0xda) break;
    at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
  }
  return markers;
}

export function pixelAt(image: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return [...image.data.subarray(at, at + 3)];
}
