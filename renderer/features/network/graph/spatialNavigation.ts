export type Direction = 'up' | 'down' | 'left' | 'right';

export const arrowDirections: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * The node an arrow key goes to: the nearest one on that side (within about 60 degrees of the
 * arrow), where a node straight ahead beats one that is closer but off to the side (sideways
 * distance counts double). Null when nothing lies that way. Tab still reaches every node.
 */
export function nearestInDirection(from: Placed, others: readonly Placed[], direction: Direction): string | null {
  let best: { id: string; score: number } | null = null;
  for (const other of others) {
    if (other.id === from.id) continue;
    const dx = other.x - from.x;
    const dy = other.y - from.y;
    const ahead = { up: -dy, down: dy, left: -dx, right: dx }[direction];
    const sideways = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (ahead <= 0 || 2 * ahead < sideways) continue;
    const score = ahead + 2 * sideways;
    if (!best || score < best.score) best = { id: other.id, score };
  }
  return best?.id ?? null;
}
