import { planReviewNoticeDays } from '../attention';

/** Where a plan's review date stands on `today` (both `YYYY-MM-DD`). */
export type ReviewStatus = 'overdue' | 'due' | 'soon' | 'later';

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A review planned for today is due, not yet late; within the notice period it is coming up.
 * The rule lives in the contract so the plan on the file and main's start screen agree.
 */
export function reviewStatus(reviewDate: string, today: string): ReviewStatus {
  if (reviewDate < today) return 'overdue';
  if (reviewDate === today) return 'due';
  return reviewDate <= addDays(today, planReviewNoticeDays) ? 'soon' : 'later';
}
