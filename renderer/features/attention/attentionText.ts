import { recentPhotoMonths, type AttentionItem } from '../../../preload/contract';
import { formatDutchDate } from '../youths/youthDates';

/** Said in words, never by colour alone. */
export const urgencyLabels: Record<AttentionItem['urgency'], string> = {
  overdue: 'Te laat',
  soon: 'Binnenkort',
  missing: 'Ontbreekt',
};

/** What is wrong, in the words staff use; the date is shown where the item has one. */
export function describeAttention(item: AttentionItem): string {
  const date = item.date ? formatDutchDate(item.date) : '';
  switch (item.kind) {
    case 'noPortrait':
      return 'Nog geen portretfoto';
    case 'portraitOld':
      return `Recente foto is ouder dan ${recentPhotoMonths} maanden (${date})`;
    case 'noSafetyPlan':
      return 'Nog geen veiligheidsplan';
    case 'planReviewDue':
      return item.urgency === 'overdue'
        ? `Evaluatie veiligheidsplan was gepland op ${date}`
        : `Evaluatie veiligheidsplan gepland op ${date}`;
    case 'networkEmpty':
      return 'Nog geen netwerkanalyse';
  }
}

export function countAttention(count: number): string {
  return count === 1 ? '1 punt vraagt aandacht' : `${count} punten vragen aandacht`;
}
