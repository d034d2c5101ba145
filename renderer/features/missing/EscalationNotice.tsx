import { policeContacts, type EpisodeView } from '../../../preload/contract';
import { formatDateTime, formatTime } from '../../components/formatDateTime';
import { useNow } from './useNow';

const isToday = (iso: string, now: Date) => new Date(iso).toDateString() === now.toDateString();
/** "22:45" today, "24-11-2026 03:48" on another day. */
const moment = (iso: string, now: Date) => (isToday(iso, now) ? formatTime(iso) : formatDateTime(iso));
/** "om 22:45" today, "op 24-11-2026 03:48" on another day. */
const at = (iso: string, now: Date) => `${isToday(iso, now) ? 'om' : 'op'} ${moment(iso, now)}`;

/**
 * The next step with the police. Until the escalation time it says when; after it, while the police
 * have not been told, it is an alert; without a readable discovery time it says so instead. It looks
 * at the clock every 30 seconds.
 */
export function EscalationNotice({ view }: { view: EpisodeView }) {
  const now = useNow();
  const { episode } = view;
  const police = episode.police;

  if (police.reportedAt) {
    return (
      <p className="escalation escalation-done">
        Politie ingelicht {at(police.reportedAt, now)}
        {police.reference && `, mutatienummer ${police.reference}`}.
      </p>
    );
  }
  if (episode.status !== 'missing') return null;
  // The stored discovery time is no date: there is no moment to count to, and no alert to raise on a guess.
  if (view.escalationAt === '') {
    return (
      <p className="escalation">
        Het tijdstip waarop de vermissing is ontdekt, is niet bekend, dus hier loopt geen tijd tot de volgende stap. Meld de vermissing bij de
        politie als dat nog niet is gebeurd, en vul het tijdstip van ontdekken in onder ‘Feiten’.
      </p>
    );
  }
  if (now.getTime() < Date.parse(view.escalationAt)) {
    return <p className="escalation">Volgende stap {at(view.escalationAt, now)}: meld de vermissing bij de politie.</p>;
  }
  return (
    <div role="alert" className="escalation escalation-overdue">
      <p className="escalation-title">
        <span aria-hidden="true">⚠ </span>Meld de vermissing nu bij de politie
      </p>
      <p>
        De jongere is vermist sinds {moment(episode.facts.discoveredAt, now)} en de politie is nog niet ingelicht. Bel{' '}
        {policeContacts.emergency} bij gevaar, anders {policeContacts.nonEmergency}, of meld via {policeContacts.form}. Leg de melding daarna
        vast onder ‘Tijdlijn’.
      </p>
    </div>
  );
}
