import { describe, expect, it } from 'vitest';
import { missingEpisodeSchema, type MissingEpisode } from '../../preload/contract';
import { fromDateTimeLocal, toDateTimeLocal } from '../../renderer/components/dateTimeLocal';
import { episodeTimeline } from '../../renderer/features/missing/episodeTimeline';

/** An episode as main stores it: only what the test names is filled in (the contract's defaults do the rest). */
type Part = 'facts' | 'police' | 'informed' | 'returned' | 'conversation';
function episode(parts: Partial<Record<Part, object>> & Partial<Omit<MissingEpisode, Part>> = {}): MissingEpisode {
  return missingEpisodeSchema.parse({
    id: 'e1',
    youthId: 'y1',
    status: 'missing',
    reportedAt: '2026-11-23T21:40:00.000Z',
    reportedByName: 'Wim Groep',
    urgency: {},
    police: {},
    informed: {},
    returned: null,
    conversation: null,
    events: [],
    closedAt: null,
    closedByName: null,
    updatedAt: '2026-11-23T21:40:00.000Z',
    ...parts,
    facts: { discoveredAt: '2026-11-23T21:30:00.000Z', ...parts.facts },
  });
}

const titles = (value: MissingEpisode) => episodeTimeline(value).map((entry) => entry.title);

describe('the timeline of a missing episode', () => {
  it('starts with the discovery, recorded by whoever reported it', () => {
    expect(episodeTimeline(episode())).toEqual([
      { key: 'discovered', at: '2026-11-23T21:30:00.000Z', title: 'Vermissing ontdekt', details: [], recorded: 'Vastgelegd door Wim Groep op 23-11-2026 22:40' },
    ]);
  });

  it('puts every moment in the order it happened, whatever part it was saved in', () => {
    const full = episode({
      status: 'closed',
      facts: { lastSeenAt: '2026-11-23T20:00:00.000Z', lastSeenWhere: 'Station', lastSeenWith: 'Een oudere jongen' },
      police: { reportedAt: '2026-11-23T22:00:00.000Z', reportedBy: 'Wim Groep', reference: 'PL-123', officerName: 'Agent Bakker', officerNumber: 'B-1' },
      informed: { parentsAt: '2026-11-23T22:10:00.000Z', guardianAt: '2026-11-23T22:05:00.000Z', note: 'Moeder gebeld.' },
      events: [
        { id: 'ev2', at: '2026-11-24T01:00:00.000Z', kind: 'contact', text: 'Belde zelf.', recordedAt: '2026-11-24T01:05:00.000Z', recordedByName: 'Tess Leiding' },
        { id: 'ev1', at: '2026-11-23T23:00:00.000Z', kind: 'sighting', text: 'Gezien bij de snackbar.', recordedAt: '2026-11-23T23:10:00.000Z', recordedByName: 'Wim Groep' },
      ],
      returned: { returnedAt: '2026-11-24T02:00:00.000Z', foundWhere: 'Bij een vriendin', policeNotifiedAt: '2026-11-24T02:30:00.000Z' },
      conversation: { heldAt: '2026-11-24T10:00:00.000Z', participants: 'Sanne en mentor' },
      closedAt: '2026-11-24T11:00:00.000Z',
      closedByName: 'Tess Leiding',
    });
    expect(titles(full)).toEqual([
      'Laatst gezien',
      'Vermissing ontdekt',
      'Politie ingelicht',
      'Voogd ingelicht',
      'Ouders ingelicht',
      'Gezien',
      'Contact met de jongere',
      'Terug',
      'Politie afgemeld',
      'Terugkeergesprek',
      'Vermissing afgesloten',
    ]);
    const [lastSeen, , police, guardian, parents, sighting, contact, returned, , conversation, closed] = episodeTimeline(full);
    expect(lastSeen!.details).toEqual(['Waar: Station', 'Met wie: Een oudere jongen']);
    expect(police!.details).toEqual(['Door: Wim Groep', 'Mutatienummer: PL-123', 'Agent: Agent Bakker (nummer B-1)']);
    // The note is said once, with the parents.
    expect(parents!.details).toEqual(['Toelichting: Moeder gebeld.']);
    expect(guardian!.details).toEqual([]);
    expect(sighting!.recorded).toBe('Vastgelegd door Wim Groep op 24-11-2026 00:10');
    expect(contact!.details).toEqual(['Belde zelf.']);
    expect(returned!.details).toEqual(['Gevonden of teruggekomen: Bij een vriendin']);
    expect(conversation!.details).toEqual(['Met: Sanne en mentor']);
    expect(closed!.details).toEqual(['Door: Tess Leiding']);
  });

  it('shows a police report without a time, and moments stored as no date, last', () => {
    const entries = episodeTimeline(
      episode({
        police: { reference: 'PL-9', officerNumber: 'B-7' },
        events: [{ id: 'ev1', at: 'gisteren', kind: 'other', text: 'Uit een oude versie.', recordedAt: '2026-11-23T22:00:00.000Z', recordedByName: 'Wim Groep' }],
      }),
    );
    expect(entries.map((entry) => [entry.title, entry.at])).toEqual([
      ['Vermissing ontdekt', '2026-11-23T21:30:00.000Z'],
      ['Politie ingelicht', ''],
      ['Anders', 'gisteren'],
    ]);
    expect(entries[1]!.details).toEqual(['Mutatienummer: PL-9', 'Nummer agent: B-7']);
  });
});

describe('datetime-local text and the contract’s instants', () => {
  it('shows an instant on this PC’s clock and sends it back as the same instant', () => {
    expect(toDateTimeLocal('2026-11-23T21:30:00.000Z')).toBe('2026-11-23T22:30');
    expect(toDateTimeLocal('2026-07-01T21:30:00.000Z')).toBe('2026-07-01T23:30');
    expect(fromDateTimeLocal('2026-11-23T22:30')).toBe('2026-11-23T21:30:00.000Z');
  });

  it('leaves empty as empty and passes text that is no time on, for the contract to explain', () => {
    expect(toDateTimeLocal('')).toBe('');
    expect(toDateTimeLocal('gisteren')).toBe('');
    expect(fromDateTimeLocal('')).toBe('');
    expect(fromDateTimeLocal('23-11-2026')).toBe('23-11-2026');
  });
});
