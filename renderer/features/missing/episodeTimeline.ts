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

const entry = (key: string, at: string, title: string, details: string[] = [], recorded: string | null = null): TimelineEntry => ({ key, at, title, details, recorded });

/** Everything that happened in one episode, each moment once, in the order it happened. */
export function episodeTimeline(episode: MissingEpisode): TimelineEntry[] {
  const { facts, police, informed, returned, conversation } = episode;
  const entries = [entry('discovered', facts.discoveredAt, 'Vermissing ontdekt', [], recordedLine(episode.reportedByName, episode.reportedAt))];
  if (facts.lastSeenAt) {
    const where = lines([
      ['Waar', facts.lastSeenWhere],
      ['Met wie', facts.lastSeenWith],
      ['Richting of vervoer', facts.direction],
    ]);
    entries.push(entry('lastSeen', facts.lastSeenAt, 'Laatst gezien', where));
  }
  if (police.reportedAt || police.reference) {
    const officer = officerLine(police.officerName, police.officerNumber);
    entries.push(entry('police', police.reportedAt, 'Politie ingelicht', [...lines([['Door', police.reportedBy], ['Mutatienummer', police.reference]]), ...(officer ? [officer] : [])]));
  }
  // The note is said once: with the parents, or else with the guardian.
  const note = lines([['Toelichting', informed.note]]);
  if (informed.parentsAt) entries.push(entry('parents', informed.parentsAt, 'Ouders ingelicht', note));
  if (informed.guardianAt) entries.push(entry('guardian', informed.guardianAt, 'Voogd ingelicht', informed.parentsAt ? [] : note));
  for (const event of episode.events) {
    entries.push(entry(`event-${event.id}`, event.at, episodeEventKindLabels[event.kind], [event.text], recordedLine(event.recordedByName, event.recordedAt)));
  }
  if (returned) {
    const found = lines([
      ['Gevonden of teruggekomen', returned.foundWhere],
      ['Omstandigheden', returned.circumstances],
    ]);
    entries.push(entry('returned', returned.returnedAt, 'Terug', found));
    if (returned.policeNotifiedAt) entries.push(entry('policeNotified', returned.policeNotifiedAt, 'Politie afgemeld'));
  }
  if (conversation) entries.push(entry('conversation', conversation.heldAt, 'Terugkeergesprek', lines([['Met', conversation.participants]])));
  if (episode.closedAt) entries.push(entry('closed', episode.closedAt, 'Vermissing afgesloten', lines([['Door', episode.closedByName ?? '']])));
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
