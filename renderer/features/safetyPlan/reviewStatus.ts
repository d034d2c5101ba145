import { planReviewNoticeDays } from '../../../preload/contract';
import { formatDutchDate } from '../youths/youthDates';

/** Where a plan's review date stands today; the start screen uses the same notice period. */
export type ReviewStatus = 'overdue' | 'due' | 'soon' | 'later';

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function reviewStatus(reviewDate: string, today: string): ReviewStatus {
  if (reviewDate < today) return 'overdue';
  if (reviewDate === today) return 'due';
  return reviewDate <= addDays(today, planReviewNoticeDays) ? 'soon' : 'later';
}

/** Said in words, so the highlight never depends on colour alone. */
export function describeReview(reviewDate: string, status: ReviewStatus): string {
  const date = formatDutchDate(reviewDate);
  switch (status) {
    case 'overdue':
      return `Evaluatie te laat: gepland op ${date}`;
    case 'due':
      return `Evaluatie vandaag (${date})`;
    case 'soon':
      return `Evaluatie binnenkort: ${date}`;
    case 'later':
      return `Evaluatie gepland op ${date}`;
  }
}
