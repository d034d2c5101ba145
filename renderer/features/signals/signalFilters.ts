import type { SignalCategory, SignalDirection, SignalKind, SignalView } from '../../../preload/contract';

/** '' means "all": each filter narrows only once something is chosen. */
export interface SignalFilterValues {
  kind: SignalKind | '';
  category: SignalCategory | '';
  direction: SignalDirection | '';
}

export const noSignalFilters: SignalFilterValues = { kind: '', category: '', direction: '' };

export function filterSignals(signals: readonly SignalView[], filters: SignalFilterValues): SignalView[] {
  return signals.filter(
    (signal) =>
      (filters.kind === '' || signal.kind === filters.kind) &&
      (filters.category === '' || signal.category === filters.category) &&
      (filters.direction === '' || signal.direction === filters.direction),
  );
}
