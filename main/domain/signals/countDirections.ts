import type { SignalList, SignalView } from '../../../preload/contract';

/** Supporting against contradicting, over current signals: a corrected signal counts as its correction only. */
export function countDirections(signals: readonly Pick<SignalView, 'direction' | 'supersededBy'>[]): SignalList['counts'] {
  const current = signals.filter((signal) => signal.supersededBy === null);
  return {
    supports: current.filter((signal) => signal.direction === 'supports').length,
    contradicts: current.filter((signal) => signal.direction === 'contradicts').length,
  };
}
