import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  appendEpisodeEvent,
  closeEpisodeRow,
  findEpisode,
  insertEpisode,
  listEpisodeSummaries,
  listOpenEpisodeSummaries,
  updateEpisodePart,
} from '../../db/repositories/missingEpisodes';
import { disclosures, missingEpisodeEvents, missingEpisodes } from '../../db/schema';
import type { UnreadableDocument } from '../../db/storedDocument';
import { missingFactsSchema, storedUrgencyAnswersSchema } from '../../preload/contract';
import { seedYouths, signIn, staff } from '../support/staff';
import { staffedServices } from '../support/tempDatabase';

const facts = missingFactsSchema.parse({
  discoveredAt: '2026-03-10T21:15:00.000Z',
  lastSeenAt: '2026-03-10T19:30:00.000Z',
  lastSeenWhere: 'Bij de bushalte voor de groep',
  lastSeenWith: 'Een onbekende jongen op een rode scooter',
  clothing: 'Zwarte jas, witte sneakers',
  belongings: { phone: 'yes', money: 'unknown', idDocument: 'no', bankCard: 'no', other: '' },
  direction: 'Richting het station',
});

/** Two youths and the officer's session; the repository works on its own connection. */
async function opened() {
  const services = await staffedServices();
  const [anouk, bilal] = (await seedYouths(services, [
    { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2011-03-01', location: 'Groep Noord' },
    { firstName: 'Bilal', lastName: 'Bakker', dateOfBirth: '2010-04-02', location: 'Groep Zuid' },
  ])) as [string, string];
  await signIn(services, 'officer');
  const session = services.context.requireUnlocked();
  return { handle: session.handle, db: session.handle.db, userId: session.user.id, anouk, bilal };
}

const episodeOf = (db: Parameters<typeof insertEpisode>[0], youthId: string, userId: string, discoveredAt = facts.discoveredAt) =>
  insertEpisode(db, { youthId, facts: { ...facts, discoveredAt }, urgency: storedUrgencyAnswersSchema.parse({}), reportedAt: '2026-03-10T21:20:00.000Z', reportedBy: userId });

describe('the missing-episode repository', () => {
  it('reads an episode back as saved, with its status following the return and the closing', async () => {
    const { db, userId, anouk } = await opened();
    const id = episodeOf(db, anouk, userId);
    expect(findEpisode(db, id)).toMatchObject({
      youthId: anouk,
      status: 'missing',
      reportedByName: staff.officer.name,
      facts,
      police: { reportedAt: '', reference: '' },
      returned: null,
      conversation: null,
      events: [],
      closedAt: null,
      closedByName: null,
      updatedAt: '2026-03-10T21:20:00.000Z',
    });

    const returned = { returnedAt: '2026-03-11T08:00:00.000Z', foundWhere: 'Bij haar tante', circumstances: '', policeNotifiedAt: '' };
    updateEpisodePart(db, id, { part: 'returned', value: returned }, '2026-03-11T08:05:00.000Z');
    expect(findEpisode(db, id)).toMatchObject({ status: 'returned', returned, updatedAt: '2026-03-11T08:05:00.000Z' });

    closeEpisodeRow(db, id, { userId, now: '2026-03-14T10:00:00.000Z', updatedAt: '2026-03-14T10:00:00.000Z' });
    expect(findEpisode(db, id)).toMatchObject({ status: 'closed', closedAt: '2026-03-14T10:00:00.000Z', closedByName: staff.officer.name });
  });

  it('copies the moments the start screen needs into their columns in the same write', async () => {
    const { db, userId, anouk } = await opened();
    const id = episodeOf(db, anouk, userId);
    const columns = () =>
      db
        .select({
          discoveredAt: missingEpisodes.discoveredAt,
          policeReportedAt: missingEpisodes.policeReportedAt,
          returnedAt: missingEpisodes.returnedAt,
          returnNotifiedAt: missingEpisodes.returnNotifiedAt,
          conversationHeldAt: missingEpisodes.conversationHeldAt,
        })
        .from(missingEpisodes)
        .where(eq(missingEpisodes.id, id))
        .get();
    updateEpisodePart(db, id, { part: 'facts', value: { ...facts, discoveredAt: '2026-03-10T21:05:00.000Z' } }, 'a');
    updateEpisodePart(db, id, { part: 'police', value: { reportedAt: '2026-03-10T21:40:00.000Z', reportedBy: 'Olga', reference: 'PL0900-2026', officerName: '', officerNumber: '' } }, 'b');
    updateEpisodePart(db, id, { part: 'returned', value: { returnedAt: '2026-03-11T08:00:00.000Z', foundWhere: '', circumstances: '', policeNotifiedAt: '' } }, 'c');
    expect(columns()).toEqual({
      discoveredAt: '2026-03-10T21:05:00.000Z',
      policeReportedAt: '2026-03-10T21:40:00.000Z',
      returnedAt: '2026-03-11T08:00:00.000Z',
      returnNotifiedAt: null,
      conversationHeldAt: null,
    });
    updateEpisodePart(db, id, { part: 'returned', value: { returnedAt: '2026-03-11T08:00:00.000Z', foundWhere: '', circumstances: '', policeNotifiedAt: '2026-03-11T08:10:00.000Z' } }, 'd');
    const conversation = { heldAt: '2026-03-12T14:00:00.000Z', participants: '', preceded: '', prevention: '', agreements: '', sexualExploitationSuspected: false, medicalFollowUp: '' };
    updateEpisodePart(db, id, { part: 'conversation', value: conversation }, 'e');
    expect(columns()).toMatchObject({ returnNotifiedAt: '2026-03-11T08:10:00.000Z', conversationHeldAt: '2026-03-12T14:00:00.000Z' });
  });

  it('lists the timeline oldest first, with who recorded each entry', async () => {
    const { db, userId, anouk } = await opened();
    const id = episodeOf(db, anouk, userId);
    const entry = { episodeId: id, recordedAt: '2026-03-10T23:00:00.000Z', recordedBy: userId };
    appendEpisodeEvent(db, { ...entry, at: '2026-03-10T22:30:00.000Z', kind: 'sighting', text: 'Gezien bij het station' });
    appendEpisodeEvent(db, { ...entry, at: '2026-03-10T21:50:00.000Z', kind: 'searchAction', text: 'Hangplek in het park bekeken' });
    expect(findEpisode(db, id)?.events.map(({ kind, text, recordedByName }) => ({ kind, text, recordedByName }))).toEqual([
      { kind: 'searchAction', text: 'Hangplek in het park bekeken', recordedByName: staff.officer.name },
      { kind: 'sighting', text: 'Gezien bij het station', recordedByName: staff.officer.name },
    ]);
  });

  it('reads a part that is not a document as its defaults, keeping the moments of its column, and reports which part', async () => {
    const { handle, db, userId, anouk } = await opened();
    const id = episodeOf(db, anouk, userId);
    updateEpisodePart(db, id, { part: 'returned', value: { returnedAt: '2026-03-11T08:00:00.000Z', foundWhere: 'Station', circumstances: '', policeNotifiedAt: '' } }, 'x');
    handle.sqlite.prepare(`UPDATE missing_episodes SET facts = '{"discoveredAt": 12', returned = '{"foundWhere": 3}' WHERE id = ?`).run(id);
    const reports: UnreadableDocument[] = [];
    const episode = findEpisode(db, id, (unreadable) => reports.push(unreadable));
    expect(episode).toMatchObject({
      facts: { discoveredAt: facts.discoveredAt, lastSeenWhere: '', clothing: '' },
      returned: { returnedAt: '2026-03-11T08:00:00.000Z', foundWhere: '' },
      urgency: storedUrgencyAnswersSchema.parse({}),
    });
    expect(reports).toEqual([
      { document: 'missingEpisode', section: 'facts', problem: 'not JSON' },
      { document: 'missingEpisode', section: 'returned', problem: expect.stringContaining('invalid_type at returnedAt') },
    ]);
    expect(listEpisodeSummaries(db, anouk)).toEqual([expect.objectContaining({ id, status: 'returned', foundWhere: '' })]);
  });

  it('lists a youth’s episodes newest first, and the open ones of the youths in scope', async () => {
    const { db, userId, anouk, bilal } = await opened();
    const older = episodeOf(db, anouk, userId, '2025-11-02T20:00:00.000Z');
    const newer = episodeOf(db, anouk, userId);
    const bilals = episodeOf(db, bilal, userId);
    closeEpisodeRow(db, older, { userId, now: '2025-11-05T10:00:00.000Z', updatedAt: '2025-11-05T10:00:00.000Z' });
    expect(listEpisodeSummaries(db, anouk).map((summary) => [summary.id, summary.status, summary.youthName])).toEqual([
      [newer, 'missing', 'Anouk Aarts'],
      [older, 'closed', 'Anouk Aarts'],
    ]);
    expect(listOpenEpisodeSummaries(db, { all: true }).map((summary) => summary.id).sort()).toEqual([newer, bilals].sort());
    expect(listOpenEpisodeSummaries(db, { all: false, locationIds: [], youthIds: [bilal] }).map((summary) => summary.id)).toEqual([bilals]);
  });

  it('refuses changing or deleting a timeline entry or a disclosure, even past the app', async () => {
    const { handle, db, userId, anouk } = await opened();
    const id = episodeOf(db, anouk, userId);
    const eventId = appendEpisodeEvent(db, { episodeId: id, at: '2026-03-10T22:00:00.000Z', kind: 'contact', text: 'Belde even', recordedAt: '2026-03-10T22:01:00.000Z', recordedBy: userId });
    expect(() => db.update(missingEpisodeEvents).set({ text: 'Anders' }).where(eq(missingEpisodeEvents.id, eventId)).run()).toThrow(/missing_episode_events is append-only/);
    expect(() => handle.sqlite.prepare('DELETE FROM missing_episode_events WHERE id = ?').run(eventId)).toThrow(/missing_episode_events is append-only/);
    expect(findEpisode(db, id)?.events.map((event) => event.text)).toEqual(['Belde even']);

    db.insert(disclosures)
      .values({
        id: 'd-1',
        youthId: anouk,
        document: 'missingPacket',
        sourceId: id,
        output: 'save',
        recipient: 'Politie',
        recipientPerson: 'Agent Jansen (4711)',
        purpose: 'Opsporing van een vermiste jongere',
        legalGround: 'vitalInterest',
        categories: ['Signalement'],
        fileName: 'vermissing.pdf',
        sha256: '0'.repeat(64),
        disclosedAt: '2026-03-10T21:30:00.000Z',
        disclosedBy: userId,
      })
      .run();
    expect(() => handle.sqlite.prepare(`UPDATE disclosures SET recipient = 'Iemand anders' WHERE id = 'd-1'`).run()).toThrow(/disclosures is append-only/);
    expect(() => db.delete(disclosures).where(eq(disclosures.id, 'd-1')).run()).toThrow(/disclosures is append-only/);
    expect(db.select({ recipient: disclosures.recipient }).from(disclosures).all()).toEqual([{ recipient: 'Politie' }]);
  });
});
