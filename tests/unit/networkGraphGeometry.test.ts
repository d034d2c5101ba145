import { describe, expect, it } from 'vitest';
import { borderPoint, edgeShape } from '../../renderer/features/network/graph/edgeGeometry';
import { nearestInDirection } from '../../renderer/features/network/graph/spatialNavigation';

const numbers = (text: string) => text.split(/[ ,MLQ]+/).filter(Boolean).map(Number);

describe('edgeShape: links run from border to border', () => {
  const left = { x: 0, y: 0, width: 100, height: 40 };
  const right = { x: 300, y: 0, width: 100, height: 40 };

  it('draws a straight line between the facing sides, label in the middle, no arrow without direction', () => {
    const shape = edgeShape(left, right, 0, false);
    expect(numbers(shape.path)).toEqual([103, 20, 297, 20]);
    expect([shape.labelX, shape.labelY]).toEqual([200, 20]);
    expect(shape.arrow).toBeNull();
  });

  it('ends a directed line where its arrowhead starts, the tip on the target border', () => {
    const shape = edgeShape(left, right, 0, true);
    const [, , endX] = numbers(shape.path);
    const tip = numbers(shape.arrow!);
    expect(tip.slice(0, 2)).toEqual([297, 20]);
    expect(endX).toBeLessThan(297);
    expect(endX).toBeGreaterThan(297 - 14);
  });

  it('curves a bent link to one side, with its label off the straight line', () => {
    const up = edgeShape(left, right, 50, false);
    const down = edgeShape(left, right, -50, false);
    expect(up.path).toContain('Q');
    expect(Math.sign(up.labelY - 20)).toBe(-Math.sign(down.labelY - 20));
    expect(Math.abs(up.labelY - 20)).toBeGreaterThan(20);
  });

  it('finds the border point towards any direction, also straight up', () => {
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 40 }, { x: 50, y: -500 })).toEqual({ x: 50, y: -3 });
  });
});

describe('nearestInDirection: arrow keys go to the node on that side', () => {
  const nodes = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right-far', x: 400, y: 0 },
    { id: 'right-near-but-high', x: 150, y: -200 },
    { id: 'up', x: 10, y: -250 },
    { id: 'down', x: -20, y: 260 },
  ];
  const from = nodes[0]!;

  it('prefers a node straight ahead over a nearer one far to the side', () => {
    expect(nearestInDirection(from, nodes, 'right')).toBe('right-far');
    expect(nearestInDirection(from, nodes, 'up')).toBe('up');
    expect(nearestInDirection(from, nodes, 'down')).toBe('down');
  });

  it('answers null when nothing lies on that side, not even far off to the side', () => {
    expect(nearestInDirection(from, nodes, 'left')).toBeNull();
  });
});
