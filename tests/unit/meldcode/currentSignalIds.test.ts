import { describe, expect, it } from 'vitest';
import { currentSignalIds } from '../../../main/domain/meldcode/currentSignalIds';

const signals = [
  { id: 'a', supersededBy: { id: 'a2' } },
  { id: 'a2', supersededBy: { id: 'a3' } },
  { id: 'a3', supersededBy: null },
  { id: 'b', supersededBy: null },
];

describe('step 1’s signals as they stand now', () => {
  it('follows each chosen signal to its newest correction, in the chosen order', () => {
    expect(currentSignalIds(['b', 'a'], signals)).toEqual(['b', 'a3']);
  });

  it('counts a signal and its correction once', () => {
    expect(currentSignalIds(['a', 'a3', 'b'], signals)).toEqual(['a3', 'b']);
  });

  it('keeps an id it does not know, and stops on a damaged chain', () => {
    expect(currentSignalIds(['gone'], signals)).toEqual(['gone']);
    expect(currentSignalIds(['x'], [{ id: 'x', supersededBy: { id: 'y' } }, { id: 'y', supersededBy: { id: 'x' } }])).toHaveLength(1);
  });
});
