import type { SafetyPlanVersion } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { localTodayIso } from '../youths/youthDates';
import { reviewStatus } from '../../../preload/contract/rules/planReview';
import { describeReview } from './reviewStatus';

interface PlanMetaProps {
  plan: SafetyPlanVersion;
  /** The active plan's review date is marked when due; an older version's date is history. */
  highlightReview: boolean;
}

/** Which version this is, who saved it when, and when it is to be reviewed. */
export function PlanMeta({ plan, highlightReview }: PlanMetaProps) {
  const status = highlightReview ? reviewStatus(plan.content.reviewDate, localTodayIso()) : 'later';
  return (
    <div className="plan-meta">
      <p>
        <strong>Versie {plan.version}</strong>, opgeslagen op {formatDateTime(plan.savedAt)} door {plan.savedByName}
      </p>
      <p className={`plan-review plan-review-${status}`}>{describeReview(plan.content.reviewDate, status)}</p>
    </div>
  );
}
