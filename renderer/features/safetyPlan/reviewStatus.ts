import type { ReviewStatus } from '../../../preload/contract/rules/planReview';
import { formatDutchDate } from '../youths/youthDates';

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
