import { episodeEventKindLabels, type MissingEpisode } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';

export interface TimelineEntry {
  key: string;
  /** ISO instant; '' when the moment was not filled in (the entry then comes last). */
  at: string;
  title: string;
  details: string[];
  /** Who wrote it down in the app, and when. */
  recorded: string | null;
}

const recordedLine = (name: string, at: string) => `Vastgelegd door ${name} op ${formatDateTime(at)}`;

/** "Label: value" for the values that were filled in. */
function lines(pairs: readonly (readonly [string, string])[]): string[] {
  return pairs.filter(([, value]) => value.trim() !== '').map(([label, value]) => `${label}: ${value}`);
}

function officerLine(name: string, number: string): string {
  if (!name) return number ? `Nummer agent: ${number}` : '';
  return number ? `Agent: ${name} (nummer ${number})` : `Agent: ${name}`;
}

/** Everything that happened in one episode, each moment once, in the order it happened. */
export function episodeTimeline(episode: MissingEpisode): TimelineEntry[] {
  const { facts, police, informed, returned, conversation } = episode;
  const entries: TimelineEntry[] = [
    {
      key: 'discovered',
      at: facts.discoveredAt,
      title: 'Vermissing ontdekt',
      details: [],
      recorded: recordedLine(episode.reportedByName, episode.reportedAt),
    },
  ];
  if (facts.lastSeenAt) {
    entries.push({
      key: 'lastSeen',
      at: facts.lastSeenAt,
      title: 'Laatst gezien',
      details: lines([
        ['Waar', facts.lastSeenWhere],
        ['Met wie', facts.lastSeenWith],
        ['Richting of vervoer', facts.direction],
      ]),
      recorded: null,
    });
  }
  if (police.reportedAt || police.reference) {
    entries.push({
      key: 'police',
      at: police.reportedAt,
      title: 'Politie ingelicht',
      details: [...lines([['Door', police.reportedBy], ['Mutatienummer', police.reference]]), officerLine(police.officerName, police.officerNumber)].filter(Boolean),
      recorded: null,
    });
  }
  const note = lines([['Toelichting', informed.note]]);
  if (informed.parentsAt) entries.push({ key: 'parents', at: informed.parentsAt, title: 'Ouders ingelicht', details: note, recorded: null });
  if (informed.guardianAt) {
    entries.push({ key: 'guardian', at: informed.guardianAt, title: 'Voogd ingelicht', details: informed.parentsAt ? [] : note, recorded: null });
  }
  for (const event of episode.events) {
    entries.push({
      key: `event-${event.id}`,
      at: event.at,
      title: episodeEventKindLabels[event.kind],
      details: [event.text],
      recorded: recordedLine(event.recordedByName, event.recordedAt),
    });
  }
  if (returned) {
    entries.push({
      key: 'returned',
      at: returned.returnedAt,
      title: 'Terug',
      details: lines([
        ['Gevonden of teruggekomen', returned.foundWhere],
        ['Omstandigheden', returned.circumstances],
      ]),
      recorded: null,
    });
    if (returned.policeNotifiedAt) entries.push({ key: 'policeNotified', at: returned.policeNotifiedAt, title: 'Politie afgemeld', details: [], recorded: null });
  }
  if (conversation) {
    entries.push({ key: 'conversation', at: conversation.heldAt, title: 'Terugkeergesprek', details: lines([['Met', conversation.participants]]), recorded: null });
  }
  if (episode.closedAt) {
    entries.push({ key: 'closed', at: episode.closedAt, title: 'Vermissing afgesloten', details: lines([['Door', episode.closedByName ?? '']]), recorded: null });
  }
  return entries.sort((a, b) => {
    const [first, second] = [sortTime(a.at), sortTime(b.at)];
    return first === second ? 0 : first < second ? -1 : 1;
  });
}

/** Moments without a readable time go last; equal moments keep the order above (sort is stable). */
function sortTime(at: string): number {
  const time = Date.parse(at);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}
