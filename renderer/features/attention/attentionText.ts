import { recentPhotoMonths, type AttentionItem } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { formatDutchDate } from '../youths/youthDates';

/** Said in words, never by colour alone. */
export const urgencyLabels: Record<AttentionItem['urgency'], string> = {
  overdue: 'Te laat',
  soon: 'Binnenkort',
  missing: 'Ontbreekt',
};

/** What is wrong, in the words staff use; the date is shown where the item has one. */
export function describeAttention(item: AttentionItem): string {
  // A file's items carry a calendar date, an episode's an instant (discovery, deadline).
  const date = !item.date ? '' : item.date.includes('T') ? formatDateTime(item.date) : formatDutchDate(item.date);
  switch (item.kind) {
    case 'missingNow':
      return `Vermist sinds ${date}`;
    case 'policeNotTold':
      return 'Politie nog niet ingelicht';
    case 'returnNotNotified':
      return 'Terug, maar nog niet afgemeld bij de politie';
    case 'returnConversationDue':
      return `Terugkeergesprek uiterlijk ${date}`;
    case 'episodeOpen':
      return 'Vermissing nog afsluiten';
    case 'meldcodeFollowUpDue':
      return item.urgency === 'overdue' ? `Meldcode: vervolgmoment van de hulp was op ${date}` : `Meldcode: vervolgmoment van de hulp op ${date}`;
    case 'meldcodeCaseIdle':
      return `Meldcodetraject staat stil sinds ${date}`;
    case 'meldcodeCountersignDue':
      return 'Meldcodebesluit wacht op medeondertekening';
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
