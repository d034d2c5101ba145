/** Decoded pixels: 4 bytes per pixel (red, green, blue, alpha), row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export function blankImage(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4) };
}
