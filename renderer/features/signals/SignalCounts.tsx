import type { SignalList } from '../../../preload/contract';

/** Supporting against contradicting, over current signals (main counts a corrected signal as its correction only). */
export function SignalCounts({ counts }: { counts: SignalList['counts'] }) {
  return (
    <dl className="signal-counts">
      <div className="signal-count signal-count-supports">
        <dt>Ondersteunen het vermoeden</dt>
        <dd>{counts.supports}</dd>
      </div>
      <div className="signal-count signal-count-contradicts">
        <dt>Spreken het vermoeden tegen</dt>
        <dd>{counts.contradicts}</dd>
      </div>
    </dl>
  );
}
