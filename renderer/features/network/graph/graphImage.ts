import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toCanvas } from 'html-to-image';
import { drawLegend, layoutLegend } from './canvasLegend';

/** Room around the content and the largest side, in CSS pixels. */
const margin = 48;
const minWidth = 720;
const maxSide = 4000;
const titleHeight = 48;
/**
 * Twice the screen's detail for print, but at most 16 million pixels in all: a large network
 * then comes out at life size, and its PNG stays well under main's 20 MB (base64) limit.
 */
const maxPixels = 16_000_000;

/**
 * The whole graph as a PNG, whatever part is on screen: React Flow's viewport element is copied
 * (html-to-image 1.11.11, pinned: later versions export badly per React Flow's docs) with a
 * transform that fits all nodes, on white, with a title above and the legend below. Returned as
 * base64 for main, which keeps it for the PDFs: the renderer never offers it as a file itself.
 */
export async function renderGraphImage(viewport: HTMLElement, bounds: Rect, title: string): Promise<string> {
  const width = clamp(Math.ceil(bounds.width + 2 * margin), minWidth, maxSide);
  const height = clamp(Math.ceil(bounds.height + 2 * margin), 240, maxSide);
  const fit = getViewportForBounds(bounds, width, height, 0.1, 1, `${margin}px`);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Geen tekenvlak beschikbaar.');
  const legend = layoutLegend(context, width - 2 * margin);
  const totalHeight = titleHeight + height + legend.height + margin;
  const scale = Math.min(2, Math.sqrt(maxPixels / (width * totalHeight)));
  const graph = await toCanvas(viewport, {
    backgroundColor: '#ffffff',
    width,
    height,
    pixelRatio: scale,
    // The app has no web fonts; skipping them also means no stylesheet is fetched.
    skipFonts: true,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
    // Handles and the active node's buttons are for working in the graph, not for the printout.
    filter: (element) => !element.classList?.contains('react-flow__handle') && !element.classList?.contains('graph-node__actions'),
  });

  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(totalHeight * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, totalHeight);
  context.fillStyle = '#1b2430';
  context.textBaseline = 'middle';
  context.font = '600 18px system-ui, "Segoe UI", Roboto, Arial, sans-serif';
  context.fillText(title, margin, titleHeight / 2 + 4);
  context.drawImage(graph, 0, titleHeight, width, height);
  context.fillStyle = '#c9ced6';
  context.fillRect(margin, titleHeight + height, width - 2 * margin, 1);
  drawLegend(context, legend, margin, titleHeight + height + 12);

  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('De afbeelding kon niet worden gemaakt.'))), 'image/png'),
  );
  return base64Of(blob);
}

/** Encoded off the main thread (toBlob), then read back as base64. */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('De afbeelding kon niet worden gelezen.'));
    reader.readAsDataURL(blob);
  });
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
