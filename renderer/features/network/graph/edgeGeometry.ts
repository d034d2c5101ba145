/** A node's box in graph units, top-left corner and size, as React Flow measures it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

export interface EdgeShape {
  /** SVG path data for the line. */
  path: string;
  labelX: number;
  labelY: number;
  /** SVG polygon points of the arrowhead at the target, or null for a link without direction. */
  arrow: string | null;
}

const gap = 3;
const arrowLength = 14;
const arrowWidth = 12;

/**
 * A link drawn from border to border between two nodes, aimed at their centres, so lines stay
 * short and readable from any side whatever the layout. `bend` (graph units) curves the line
 * sideways: two links between the same pair get opposite bends instead of lying on top of each other.
 */
export function edgeShape(source: Box, target: Box, bend: number, directed: boolean): EdgeShape {
  const from = centre(source);
  const to = centre(target);
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const normal = unit({ x: from.y - to.y, y: to.x - from.x });
  const control = { x: middle.x + normal.x * bend, y: middle.y + normal.y * bend };
  const start = borderPoint(source, bend ? control : to);
  const tip = borderPoint(target, bend ? control : from);
  const along = unit({ x: tip.x - (bend ? control.x : start.x), y: tip.y - (bend ? control.y : start.y) });
  // The line stops where the arrowhead begins, so a thick line never pokes out past its tip.
  const end = directed ? { x: tip.x - along.x * arrowLength * 0.8, y: tip.y - along.y * arrowLength * 0.8 } : tip;
  const path = bend ? `M ${point(start)} Q ${point(control)} ${point(end)}` : `M ${point(start)} L ${point(end)}`;
  const label = bend ? quadraticMiddle(start, control, end) : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  return { path, labelX: label.x, labelY: label.y, arrow: directed ? arrowhead(tip, along) : null };
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function unit(vector: Point): Point {
  const length = Math.hypot(vector.x, vector.y);
  return length === 0 ? { x: 1, y: 0 } : { x: vector.x / length, y: vector.y / length };
}

/** Where the line from the box's centre towards `toward` leaves the box, plus a small gap. */
export function borderPoint(box: Box, toward: Point): Point {
  const from = centre(box);
  const direction = unit({ x: toward.x - from.x, y: toward.y - from.y });
  const reach = Math.min(
    direction.x === 0 ? Infinity : box.width / 2 / Math.abs(direction.x),
    direction.y === 0 ? Infinity : box.height / 2 / Math.abs(direction.y),
  );
  return { x: from.x + direction.x * (reach + gap), y: from.y + direction.y * (reach + gap) };
}

function quadraticMiddle(start: Point, control: Point, end: Point): Point {
  return { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
}

function arrowhead(tip: Point, along: Point): string {
  const base = { x: tip.x - along.x * arrowLength, y: tip.y - along.y * arrowLength };
  const side = { x: -along.y * (arrowWidth / 2), y: along.x * (arrowWidth / 2) };
  const points = [tip, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }];
  return points.map(point).join(' ');
}

const round = (value: number) => Math.round(value * 10) / 10;
const point = (at: Point) => `${round(at.x)},${round(at.y)}`;
