import { describe, expect, it } from 'vitest';
import { episodeTimeMessages } from '../../main/domain/missing/episodeTimes';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import { returnBeforeLastSeenMessage, type EpisodeSummary, type EpisodeView, type PlanProposal } from '../../preload/contract';
import { newEntries } from '../support/accessLogRows';
import { savePlanVersion } from '../support/fileContents';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

/** The contract checks "not in the future" against the real clock, so the episode happened in the last hours. */
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const discoveredAt = hoursAgo(5);
const facts = { discoveredAt, lastSeenAt: hoursAgo(6), lastSeenWhere: 'Bushalte voor de groep', clothing: 'Zwarte jas' };
const returned = (returnedAt: string, policeNotifiedAt = '') => ({ returnedAt, foundWhere: 'Bij een vriendin in de stad', circumstances: '', policeNotifiedAt });
const emergencyReason = 'Dirk is vermist en ik heb nachtdienst, de politie wacht op de gegevens.';

/** Anouk lives at the worker's group, Dirk at another; the worker is signed in. */
async function seeded() {
  const services = await staffedServices();
  const [anouk, dirk] = (await seedYouths(services, [
    { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2013-03-01', location: 'Groep Noord' },
    { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2009-06-04', location: 'Groep West' },
  ])) as [string, string];
  await signIn(services, 'worker');
  const call = async <T>(channel: string, input: unknown) => expectOk(await services.router(channel, input)) as T;
  return { services, call, anouk, dirk };
}

describe('missing episodes through the router', () => {
  it('reports, reads, fills in, follows and closes an episode, each step in the access log', async () => {
    const { services, call, anouk } = await seeded();
    const before = newEntries(services, 0).length;

    const reported = await call<EpisodeView>('missing.report', { youthId: anouk, facts, urgency: { youngAge: { applies: true, evidence: 'Anouk is 13.' } } });
    expect(reported).toMatchObject({
      youthName: 'Anouk Aarts',
      dateOfBirth: '2013-03-01',
      legalFramework: 'voluntary',
      previousEpisodes: [],
      conversationDueAt: null,
      escalationAt: new Date(Date.parse(discoveredAt) + 30 * 60_000).toISOString(),
      episode: { status: 'missing', reportedByName: staff.worker.name, facts: { lastSeenWhere: 'Bushalte voor de groep' }, urgency: { youngAge: { applies: true } } },
    });
    expect(reported.suggestions.map((suggestion) => suggestion.criterion)).toEqual(['youngAge']);
    const id = reported.episode.id;

    expect(await call<EpisodeView>('missing.get', { episodeId: id })).toEqual(reported);
    const police = await call<EpisodeView>('missing.update', {
      episodeId: id,
      basedOnUpdatedAt: reported.episode.updatedAt,
      part: 'police',
      value: { reportedAt: hoursAgo(4.5), reference: 'PL0900-2026123456', officerName: 'Agent Visser' },
    });
    expect(police.episode.police).toMatchObject({ reference: 'PL0900-2026123456', officerName: 'Agent Visser' });
    expect(police.episode.updatedAt).not.toBe(reported.episode.updatedAt);

    const withEvent = await call<EpisodeView>('missing.addEvent', { episodeId: id, at: hoursAgo(4), kind: 'sighting', text: 'Gezien bij het station door een groepsgenoot.' });
    expect(withEvent.episode.events).toEqual([expect.objectContaining({ kind: 'sighting', recordedByName: staff.worker.name })]);
    expect(withEvent.episode.updatedAt).toBe(police.episode.updatedAt);

    const back = await call<EpisodeView>('missing.update', { episodeId: id, basedOnUpdatedAt: police.episode.updatedAt, part: 'returned', value: returned(hoursAgo(2), hoursAgo(1.5)) });
    expect(back.episode.status).toBe('returned');
    expect(back.conversationDueAt).toBe(new Date(Date.parse(back.episode.returned!.returnedAt) + 72 * 3_600_000).toISOString());

    const talked = await call<EpisodeView>('missing.update', {
      episodeId: id,
      basedOnUpdatedAt: back.episode.updatedAt,
      part: 'conversation',
      value: { heldAt: hoursAgo(1), preceded: 'Ruzie op de groep.', agreements: 'Anouk belt als ze later komt.' },
    });
    const proposal = await call<PlanProposal>('missing.planProposal', { episodeId: id });
    expect(proposal).toMatchObject({ basedOnVersion: null, content: { agreements: expect.stringMatching(/^Afspraken na terugkeer op .+:\nAnouk belt als ze later komt\.$/) } });

    const closed = await call<EpisodeView>('missing.close', { episodeId: id, basedOnUpdatedAt: talked.episode.updatedAt });
    expect(closed.episode).toMatchObject({ status: 'closed', closedByName: staff.worker.name });
    expect(await call<EpisodeSummary[]>('missing.list', {})).toEqual([]);
    expect(await call<EpisodeSummary[]>('missing.list', { youthId: anouk })).toEqual([expect.objectContaining({ id, status: 'closed', foundWhere: 'Bij een vriendin in de stad' })]);

    const entries = newEntries(services, before).map(({ action, objectType, objectId, youthId, userName, details }) => ({ action, objectType, objectId, youthId, userName, details }));
    const about = { objectType: 'missingEpisode', objectId: id, youthId: anouk, userName: staff.worker.name };
    expect(entries).toEqual([
      { ...about, action: 'create', details: expect.stringMatching(/^vermissing gemeld, ontdekt op /) },
      { ...about, action: 'read', details: 'vermissing bekeken' },
      { ...about, action: 'change', details: 'gewijzigd: melding bij de politie' },
      { ...about, action: 'create', details: 'tijdlijn aangevuld: gezien' },
      { ...about, action: 'change', details: 'gewijzigd: terugkeer' },
      { ...about, action: 'change', details: 'gewijzigd: terugkeergesprek' },
      { ...about, action: 'read', details: 'voorstel voor het veiligheidsplan na terugkeer (op versie geen)' },
      { ...about, action: 'change', details: 'afgesloten' },
      { ...about, objectId: null, youthId: null, action: 'read', details: '0 open vermissingen' },
      { ...about, objectId: null, action: 'read', details: 'lijst van 1 vermissingen' },
    ]);
  });

  it('refuses a save started from an older state, naming who saved in between, and keeps their save', async () => {
    const { services, call, anouk } = await seeded();
    const reported = await call<EpisodeView>('missing.report', { youthId: anouk, facts });
    const base = { episodeId: reported.episode.id, basedOnUpdatedAt: reported.episode.updatedAt };
    lock(services.context);
    await signIn(services, 'officer');
    await call('missing.update', { ...base, part: 'informed', value: { parentsAt: hoursAgo(4) } });
    lock(services.context);
    await signIn(services, 'worker');
    const stale = await services.router('missing.update', { ...base, part: 'informed', value: { guardianAt: hoursAgo(4) } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`door ${staff.officer.name}`) } });
    expect((await call<EpisodeView>('missing.get', { episodeId: base.episodeId })).episode.informed).toMatchObject({ parentsAt: expect.any(String), guardianAt: '' });
    expect(await services.router('missing.close', base)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a second report while the youth is still missing, and allows one after the return', async () => {
    const { services, call, anouk } = await seeded();
    const first = await call<EpisodeView>('missing.report', { youthId: anouk, facts });
    const again = await services.router('missing.report', { youthId: anouk, facts: { ...facts, discoveredAt: hoursAgo(1), lastSeenAt: '' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Deze jongere staat al als vermist gemeld: die vermissing is ontdekt op \d+ \w+ \d{4} om \d{2}:\d{2}\./) } });
    await call('missing.update', { episodeId: first.episode.id, basedOnUpdatedAt: first.episode.updatedAt, part: 'returned', value: returned(hoursAgo(3)) });
    const second = await call<EpisodeView>('missing.report', { youthId: anouk, facts: { ...facts, discoveredAt: hoursAgo(1), lastSeenAt: '' } });
    expect(second.previousEpisodes).toEqual([expect.objectContaining({ id: first.episode.id, status: 'returned' })]);
    // The first episode, opened again, has no later one among its previous episodes.
    expect((await call<EpisodeView>('missing.get', { episodeId: first.episode.id })).previousEpisodes).toEqual([]);
    expect((await call<EpisodeSummary[]>('missing.list', {})).map((summary) => summary.id)).toEqual([second.episode.id, first.episode.id]);
  });

  it('refuses a worker of another group, logs the attempt, and allows the report under emergency access with its reason', async () => {
    const { services, call, dirk } = await seeded();
    const before = newEntries(services, 0).length;
    expect(await services.router('missing.report', { youthId: dirk, facts })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } });
    expect(newEntries(services, before)).toEqual([expect.objectContaining({ action: 'refused', objectType: 'missingEpisode', youthId: dirk, userName: staff.worker.name })]);

    await call('emergency.request', { youthId: dirk, reason: emergencyReason });
    const afterGrant = newEntries(services, 0).length;
    const reported = await call<EpisodeView>('missing.report', { youthId: dirk, facts });
    await call('missing.get', { episodeId: reported.episode.id });
    await call('missing.list', {});
    expect(newEntries(services, afterGrant)).toEqual([
      expect.objectContaining({ action: 'create', objectType: 'missingEpisode', youthId: dirk, reason: emergencyReason, details: expect.stringMatching(/; via noodtoegang$/) }),
      expect.objectContaining({ action: 'read', objectType: 'missingEpisode', youthId: dirk, reason: emergencyReason, details: 'vermissing bekeken; via noodtoegang' }),
      expect.objectContaining({ action: 'read', objectType: 'missingEpisode', youthId: null, details: '1 open vermissingen' }),
    ]);
  });

  it('refuses another group’s episode by its id too, naming its youth in the log', async () => {
    const { services, call, dirk } = await seeded();
    lock(services.context);
    await signIn(services, 'officer');
    const reported = await call<EpisodeView>('missing.report', { youthId: dirk, facts });
    lock(services.context);
    await signIn(services, 'worker');
    const before = newEntries(services, 0).length;
    expect(await services.router('missing.get', { episodeId: reported.episode.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('missing.list', {})).toEqual([]);
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'refused', objectType: 'missingEpisode', objectId: reported.episode.id, youthId: dirk }),
      expect.objectContaining({ action: 'read', details: '0 open vermissingen' }),
    ]);
  });

  it('refuses moments in the future and in the wrong order, with the Dutch message at the field, and saves nothing', async () => {
    const { services, call, anouk } = await seeded();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await services.router('missing.report', { youthId: anouk, facts: { ...facts, discoveredAt: future } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'facts.discoveredAt': 'Dit tijdstip ligt in de toekomst. Controleer de datum en de tijd.' } },
    });
    expect(await call('missing.list', { youthId: anouk })).toEqual([]);

    const reported = await call<EpisodeView>('missing.report', { youthId: anouk, facts });
    const base = { episodeId: reported.episode.id, basedOnUpdatedAt: reported.episode.updatedAt };
    expect(await services.router('missing.update', { ...base, part: 'returned', value: returned(hoursAgo(7)) })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { 'value.returnedAt': returnBeforeLastSeenMessage } },
    });
    expect(await services.router('missing.update', { ...base, part: 'police', value: { reportedAt: hoursAgo(5.5) } })).toMatchObject({
      error: { code: 'VALIDATION', fields: { 'value.reportedAt': episodeTimeMessages.policeBeforeDiscovery } },
    });
    expect(await services.router('missing.addEvent', { episodeId: base.episodeId, at: future, kind: 'contact', text: 'Belde' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { at: 'Dit tijdstip ligt in de toekomst. Controleer de datum en de tijd.' } },
    });
    expect((await call<EpisodeView>('missing.get', { episodeId: base.episodeId })).episode).toMatchObject({ status: 'missing', updatedAt: base.basedOnUpdatedAt, events: [] });
  });

  it('asks for the return before the return conversation and before closing', async () => {
    const { services, call, anouk } = await seeded();
    const reported = await call<EpisodeView>('missing.report', { youthId: anouk, facts });
    const base = { episodeId: reported.episode.id, basedOnUpdatedAt: reported.episode.updatedAt };
    expect(await services.router('missing.update', { ...base, part: 'conversation', value: { heldAt: hoursAgo(1), agreements: 'Bellen.' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Het terugkeergesprek kan pas worden vastgelegd als de terugkeer is vastgelegd. Vul eerst in wanneer de jongere terug was.' },
    });
    expect(await services.router('missing.close', base)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Een vermissing kan pas worden afgesloten als de jongere terug is. Leg eerst de terugkeer vast.' },
    });
    expect(await call('missing.planProposal', { episodeId: base.episodeId })).toBeNull();
  });

  it('proposes the current plan with the agreements added, based on its version', async () => {
    const { services, call, anouk } = await seeded();
    await savePlanVersion(services, anouk, null, '2036-06-01');
    const reported = await call<EpisodeView>('missing.report', { youthId: anouk, facts });
    const back = await call<EpisodeView>('missing.update', { episodeId: reported.episode.id, basedOnUpdatedAt: reported.episode.updatedAt, part: 'returned', value: returned(hoursAgo(3)) });
    await call('missing.update', { episodeId: back.episode.id, basedOnUpdatedAt: back.episode.updatedAt, part: 'conversation', value: { heldAt: hoursAgo(2), agreements: 'Telefoon blijft aan.' } });
    const proposal = await call<PlanProposal>('missing.planProposal', { episodeId: back.episode.id });
    expect(proposal).toMatchObject({ basedOnVersion: 1, content: { reviewDate: '2036-06-01', agreements: expect.stringMatching(/^Om 22:00 binnen\.\n\nAfspraken na terugkeer op .+:\nTelefoon blijft aan\.$/) } });
    expectOk(await services.router('safetyPlan.save', { youthId: anouk, basedOnVersion: proposal.basedOnVersion, content: proposal.content }));
  });

  it('refuses the administrator', async () => {
    const { services, anouk } = await seeded();
    lock(services.context);
    await signIn(services, 'admin');
    expect(await services.router('missing.report', { youthId: anouk, facts })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
  });
});
