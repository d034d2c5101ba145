import { useEffect, useId, useRef, useState } from 'react';
import type { SafetyPlanVersion } from '../../../preload/contract';
import { PlanComparison } from './PlanComparison';
import { PlanContentView } from './PlanContentView';
import { PlanMeta } from './PlanMeta';

interface OlderVersionProps {
  plan: SafetyPlanVersion;
  current: SafetyPlanVersion;
  onClose: () => void;
}

/** An earlier version, read-only, with its differences from the current version on request. */
export function OlderVersion({ plan, current, onClose }: OlderVersionProps) {
  const [comparing, setComparing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const comparisonId = useId();

  useEffect(() => headingRef.current?.focus(), [plan.version]);

  return (
    <section className="older-version" aria-labelledby="older-version-heading">
      <h4 id="older-version-heading" ref={headingRef} tabIndex={-1} className="older-version-heading">
        Versie {plan.version} (alleen lezen)
      </h4>
      <PlanMeta plan={plan} highlightReview={false} />
      <PlanContentView content={plan.content} />
      <div className="form-actions">
        <button type="button" className="button" aria-expanded={comparing} aria-controls={comparisonId} onClick={() => setComparing(!comparing)}>
          {comparing ? 'Vergelijking verbergen' : 'Vergelijken met huidige versie'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Versie {plan.version} sluiten
        </button>
      </div>
      <div id={comparisonId}>
        {comparing && (
          <PlanComparison before={plan.content} after={current.content} beforeName={`versie ${plan.version}`} afterName={`de huidige versie (${current.version})`} />
        )}
      </div>
    </section>
  );
}
