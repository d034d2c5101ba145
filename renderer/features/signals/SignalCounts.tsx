import type { SignalList } from '../../../preload/contract';

/**
 * Supporting against contradicting, over every current signal (main counts a corrected signal as
 * its correction only); the caption says so, since the filters below do not change these numbers.
 */
export function SignalCounts({ counts, filtered }: { counts: SignalList['counts']; filtered: boolean }) {
  return (
    <div className="signal-counts-block">
      <p className="signal-counts-caption">
        {filtered ? 'Alle huidige signalen, ook die het filter verbergt' : 'Alle huidige signalen'}
      </p>
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
    </div>
  );
}
