import type { ReactNode } from 'react';
import { policeContacts, type EpisodeView } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { useNow } from './useNow';

/**
 * What is still to be done after the return, in words (never colour alone): telling the police
 * the youth is back, and the return conversation by its deadline, looked at every 30 seconds.
 */
export function ReturnReminders({ view }: { view: EpisodeView }) {
  const now = useNow();
  const { returned, conversation, status } = view.episode;
  if (!returned || status === 'closed') return null;
  const due = view.conversationDueAt;
  const reminders: { key: string; overdue: boolean; text: ReactNode }[] = [];
  if (returned.policeNotifiedAt === '') {
    reminders.push({
      key: 'police',
      overdue: false,
      text: (
        <>
          <strong>Politie nog niet afgemeld.</strong> Laat de politie weten dat de jongere terug is ({policeContacts.nonEmergency}, met het
          mutatienummer) en vul hieronder bij ‘Politie afgemeld op’ in wanneer.
        </>
      ),
    });
  }
  if (conversation === null && due !== null) {
    const overdue = Date.parse(due) < now.getTime();
    reminders.push({
      key: 'conversation',
      overdue,
      text: overdue ? (
        <>
          <strong>Terugkeergesprek te laat.</strong> Het gesprek had uiterlijk {formatDateTime(due)} moeten plaatsvinden: houd het zo snel
          mogelijk.
        </>
      ) : (
        <strong>Terugkeergesprek uiterlijk {formatDateTime(due)}.</strong>
      ),
    });
  }
  if (reminders.length === 0) return null;
  return (
    <ul className="episode-reminders" aria-label="Nog te doen">
      {reminders.map(({ key, overdue, text }) => (
        <li key={key} className={overdue ? 'episode-reminder episode-reminder-overdue' : 'episode-reminder'}>
          {text}
        </li>
      ))}
    </ul>
  );
}
