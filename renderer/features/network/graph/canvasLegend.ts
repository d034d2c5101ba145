import { arrowLegend, flagLegend, ratingLegend } from './legendEntries';
import { doubleLineGap, ratingEncodings, type RatingEncoding } from './ratingEncoding';

const font = '13px system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const headingFont = `600 ${font}`;
const textColour = '#1b2430';
const sampleWidth = 40;
const itemGap = 28;
const rowHeight = 24;

type Item = { text: string; sample: RatingEncoding | 'arrow' | null; x: number; y: number };
export interface LegendLayout {
  items: Item[];
  height: number;
}

/** Lays the legend out in rows that fit `width`, so the image needs no second pass. */
export function layoutLegend(context: CanvasRenderingContext2D, width: number): LegendLayout {
  context.font = font;
  const entries: Omit<Item, 'x' | 'y'>[] = [
    ...ratingLegend.map(({ rating, text }) => ({ text, sample: ratingEncodings[rating] })),
    { text: arrowLegend, sample: 'arrow' as const },
    { text: flagLegend.atRisk, sample: null },
    { text: flagLegend.police, sample: null },
  ];
  const items: Item[] = [];
  let x = 0;
  let y = rowHeight;
  for (const entry of entries) {
    const itemWidth = (entry.sample ? sampleWidth + 8 : 0) + context.measureText(entry.text).width;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
    }
    items.push({ ...entry, x, y });
    x += itemWidth + itemGap;
  }
  return { items, height: y + rowHeight };
}

/** Draws a laid-out legend with its heading, its top-left corner at (left, top). */
export function drawLegend(context: CanvasRenderingContext2D, layout: LegendLayout, left: number, top: number): void {
  context.fillStyle = textColour;
  context.textBaseline = 'middle';
  context.font = headingFont;
  context.fillText('Legenda', left, top + rowHeight / 2);
  context.font = font;
  for (const item of layout.items) {
    const x = left + item.x;
    const middle = top + item.y + rowHeight / 2;
    if (item.sample === 'arrow') drawArrowSample(context, x, middle);
    else if (item.sample) drawLineSample(context, item.sample, x, middle);
    context.fillStyle = textColour;
    context.fillText(item.text, item.sample ? x + sampleWidth + 8 : x, middle);
  }
}

function drawLineSample(context: CanvasRenderingContext2D, look: RatingEncoding, x: number, y: number): void {
  const line = (colour: string, width: number, dash: readonly number[]) => {
    context.beginPath();
    context.setLineDash([...dash]);
    context.strokeStyle = colour;
    context.lineWidth = width;
    context.moveTo(x, y);
    context.lineTo(x + sampleWidth, y);
    context.stroke();
  };
  line(look.colour, look.width, look.dash);
  if (look.double) line('#ffffff', doubleLineGap, []);
  context.setLineDash([]);
}

function drawArrowSample(context: CanvasRenderingContext2D, x: number, y: number): void {
  context.strokeStyle = textColour;
  context.fillStyle = textColour;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + sampleWidth - 10, y);
  context.stroke();
  context.beginPath();
  context.moveTo(x + sampleWidth, y);
  context.lineTo(x + sampleWidth - 12, y - 6);
  context.lineTo(x + sampleWidth - 12, y + 6);
  context.closePath();
  context.fill();
}
