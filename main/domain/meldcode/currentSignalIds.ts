/** A signal as step 1 needs it: its id and the correction that replaced it, if any. */
export interface SignalVersion {
  id: string;
  supersededBy: { id: string } | null;
}

/**
 * Step 1's chosen signals, each as its newest correction: a corrected signal no longer counts as
 * itself, and choosing a signal and its correction counts it once. Ids not among `signals` stay.
 */
export function currentSignalIds(chosen: readonly string[], signals: readonly SignalVersion[]): string[] {
  const next = new Map(signals.map((signal) => [signal.id, signal.supersededBy?.id ?? null]));
  const newest = (id: string) => {
    let current = id;
    // A correction corrects once, so the chain ends; the bound guards against a damaged one.
    for (let step = 0; step < signals.length; step += 1) {
      const replacement = next.get(current);
      if (!replacement) break;
      current = replacement;
    }
    return current;
  };
  return [...new Set(chosen.map(newest))];
}
