import jpeg from 'jpeg-js';

/**
 * A drawn silhouette (head and shoulders on a coloured background), so the demo shows how the
 * recent photo works without a picture of anyone: demo data must never look like a real person.
 */
export function demoPortraitJpeg(hue: number, width = 480, height = 600): Buffer {
  const data = new Uint8Array(width * height * 4);
  const [backgroundRed, backgroundGreen, backgroundBlue] = hslToRgb(hue, 0.35, 0.82);
  const head = { x: width / 2, y: height * 0.38, r: width * 0.2 };
  const shoulders = { x: width / 2, y: height * 1.02, rx: width * 0.42, ry: height * 0.36 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inHead = (x - head.x) ** 2 + (y - head.y) ** 2 <= head.r ** 2;
      const inShoulders = ((x - shoulders.x) / shoulders.rx) ** 2 + ((y - shoulders.y) / shoulders.ry) ** 2 <= 1;
      const offset = (y * width + x) * 4;
      if (inHead || inShoulders) data.set([92, 98, 110, 255], offset);
      else data.set([backgroundRed, backgroundGreen, backgroundBlue, 255], offset);
    }
  }
  return jpeg.encode({ width, height, data }, 85).data;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const section = (hue % 360) / 60;
  const second = chroma * (1 - Math.abs((section % 2) - 1));
  const [red, green, blue] =
    section < 1 ? [chroma, second, 0] : section < 2 ? [second, chroma, 0] : section < 3 ? [0, chroma, second] : section < 4 ? [0, second, chroma] : section < 5 ? [second, 0, chroma] : [chroma, 0, second];
  const match = lightness - chroma / 2;
  return [red, green, blue].map((channel) => Math.round((channel + match) * 255)) as [number, number, number];
}
