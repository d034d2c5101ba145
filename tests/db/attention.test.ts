import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../preload/contract/rules/photoAge';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import type { AttentionItem, CaseView, EpisodeView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { accessLogRows } from '../support/accessLogRows';
import { hours, minutes, testClock } from '../support/clock';
import { addNetworkPerson, addPhotoRow, daysFrom, savePlanVersion } from '../support/fileContents';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Bilal', lastName: 'Bakker', alias: 'Bil', dateOfBirth: '2011-04-02', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: '', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
  { firstName: 'Dirk', lastName: 'Dekker', alias: '', dateOfBirth: '2012-06-04', location: 'Groep West' },
];

/**
 * Anouk's file is complete and up to date; Bilal's portrait is 4 months old, his plan review was
 * yesterday and his network is empty; Cato has only a mark photo and her newest plan (version 2)
 * is reviewed in 5 days; Dirk has nothing yet.
 */
async function seeded() {
  const clock = testClock();
  const today = localTodayIso(clock.now());
  const services = await staffedServices({ now: clock.now });
  const [anouk, bilal, cato, dirk] = (await seedYouths(services, youths)) as [string, string, string, string];
  await signIn(services, 'officer');
  addPhotoRow(services, anouk, 'portrait', addCalendarMonths(today, -5));
  addPhotoRow(services, anouk, 'portrait', daysFrom(today, -10));
  await savePlanVersion(services, anouk, null, daysFrom(today, 30));
  await addNetworkPerson(services, anouk, 'Tante Ria');
  addPhotoRow(services, bilal, 'portrait', addCalendarMonths(today, -4));
  await savePlanVersion(services, bilal, null, daysFrom(today, -1));
  addPhotoRow(services, cato, 'mark', daysFrom(today, -2));
  await savePlanVersion(services, cato, null, daysFrom(today, -40));
  await savePlanVersion(services, cato, 1, daysFrom(today, 5));
  await addNetworkPerson(services, cato, 'Onbekende man met rode scooter');
  lock(services.context);
  return { services, clock, today, ids: { anouk, bilal, cato, dirk } };
}

const summary = (items: AttentionItem[]) => items.map((item) => `${item.youthName}: ${item.kind} ${item.urgency} ${item.date ?? '-'}`);

describe('the start screen: what needs attention', () => {
  it('finds the old portrait, the due reviews and the missing parts, most urgent first', async () => {
    const { services, today } = await seeded();
    await signIn(services, 'officer');
    const items = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(summary(items)).toEqual([
      `Bilal Bakker: portraitOld overdue ${addCalendarMonths(today, -4)}`,
      `Bilal Bakker: planReviewDue overdue ${daysFrom(today, -1)}`,
      `Cato Claes: planReviewDue soon ${daysFrom(today, 5)}`,
      'Bilal Bakker: networkEmpty missing -',
      'Cato Claes: noPortrait missing -',
      'Dirk Dekker: noPortrait missing -',
      'Dirk Dekker: noSafetyPlan missing -',
      'Dirk Dekker: networkEmpty missing -',
    ]);
  });

  it('shows a group worker and a team lead only the youths of their own locations', async () => {
    const { services } = await seeded();
    await signIn(services, 'worker');
    const worker = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(new Set(worker.map((item) => item.youthName))).toEqual(new Set(['Bilal Bakker']));
    lock(services.context);

    await signIn(services, 'lead');
    const lead = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(new Set(lead.map((item) => item.youthName))).toEqual(new Set(['Cato Claes']));
  });

  it('adds a youth opened with emergency access, like the youth list does', async () => {
    const { services, ids } = await seeded();
    await signIn(services, 'worker');
    expectOk(await services.router('emergency.request', { youthId: ids.dirk, reason: 'Dirk is vermist, de politie vraagt om zijn signalement.' }));
    const items = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(new Set(items.map((item) => item.youthName))).toEqual(new Set(['Bilal Bakker', 'Dirk Dekker']));
  });

  it('logs the look at the list as a read by the user, in the same way as the youth list', async () => {
    const { services } = await seeded();
    await signIn(services, 'worker');
    const before = accessLogRows(services).length;
    expectOk(await services.router('attention.list', undefined));
    expect(accessLogRows(services).slice(before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'attentionList', youthId: null, userName: staff.worker.name, details: '3 aandachtspunten voor 2 jongeren' }),
    ]);
  });

  it('takes today from this PC’s calendar, as the plan on the file does: just after midnight yesterday’s review is late', async () => {
    // 00:30 on 13 May in the Netherlands (vitest runs in Europe/Amsterdam) is still 12 May in UTC.
    const services = await staffedServices({ now: () => new Date('2036-05-12T22:30:00.000Z') });
    const [anouk] = (await seedYouths(services, youths.slice(0, 1))) as [string];
    await signIn(services, 'officer');
    await savePlanVersion(services, anouk, null, '2036-05-12');
    const items = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(items.filter((item) => item.kind === 'planReviewDue')).toEqual([
      { youthId: anouk, youthName: 'Anouk Aarts', kind: 'planReviewDue', date: '2036-05-12', episodeId: null, caseId: null, urgency: 'overdue' },
    ]);
  });

  it('refuses the administrator and a locked app', async () => {
    const { services } = await seeded();
    expect(await services.router('attention.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await signIn(services, 'admin');
    expect(await services.router('attention.list', undefined)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } });
  });

  it('puts a missing youth first and follows the episode until it is closed, with the configured deadlines', async () => {
    const { services, clock, ids } = await seeded();
    await signIn(services, 'worker');
    const episodeItems = async () =>
      (expectOk(await services.router('attention.list', undefined)) as AttentionItem[])
        .filter((item) => item.episodeId !== null)
        .map((item) => `${item.youthName}: ${item.kind} ${item.urgency}`);
    const discoveredAt = new Date(clock.now().getTime() - minutes(31)).toISOString();
    const reported = expectOk(await services.router('missing.report', { youthId: ids.bilal, facts: { discoveredAt } })) as EpisodeView;
    const items = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
    expect(items[0]).toEqual({ youthId: ids.bilal, youthName: 'Bilal Bakker', kind: 'missingNow', date: discoveredAt, episodeId: reported.episode.id, caseId: null, urgency: 'overdue' });
    expect(await episodeItems()).toEqual(['Bilal Bakker: missingNow overdue', 'Bilal Bakker: policeNotTold overdue']);

    lock(services.context);
    await signIn(services, 'admin');
    const settings = expectOk(await services.router('settings.get', undefined)) as Record<string, unknown>;
    expectOk(await services.router('settings.update', { ...settings, missingEscalationMinutes: 45 }));
    lock(services.context);
    await signIn(services, 'worker');
    expect(await episodeItems()).toEqual(['Bilal Bakker: missingNow overdue']);

    const returnedAt = new Date(clock.now().getTime() - minutes(10)).toISOString();
    const back = expectOk(
      await services.router('missing.update', { episodeId: reported.episode.id, basedOnUpdatedAt: reported.episode.updatedAt, part: 'returned', value: { returnedAt } }),
    ) as EpisodeView;
    expect(await episodeItems()).toEqual(['Bilal Bakker: returnNotNotified overdue', 'Bilal Bakker: returnConversationDue soon']);
    clock.advance(hours(72) - minutes(10) - 1);
    expect(await episodeItems()).toEqual(['Bilal Bakker: returnNotNotified overdue', 'Bilal Bakker: returnConversationDue soon']);
    clock.advance(1);
    expect(await episodeItems()).toEqual(['Bilal Bakker: returnNotNotified overdue', 'Bilal Bakker: returnConversationDue overdue']);

    const notified = expectOk(
      await services.router('missing.update', { episodeId: back.episode.id, basedOnUpdatedAt: back.episode.updatedAt, part: 'returned', value: { returnedAt, policeNotifiedAt: returnedAt } }),
    ) as EpisodeView;
    const talked = expectOk(
      await services.router('missing.update', { episodeId: back.episode.id, basedOnUpdatedAt: notified.episode.updatedAt, part: 'conversation', value: { heldAt: returnedAt } }),
    ) as EpisodeView;
    expect(await episodeItems()).toEqual(['Bilal Bakker: episodeOpen soon']);
    expectOk(await services.router('missing.close', { episodeId: back.episode.id, basedOnUpdatedAt: talked.episode.updatedAt }));
    expect(await episodeItems()).toEqual([]);
  });

  it('reminds of a meldcode case’s follow-up, its decision waiting for a countersignature and a case left idle, until each is done', async () => {
    const { services, clock, today, ids } = await seeded();
    const as = async (member: 'worker' | 'officer' | 'admin') => {
      lock(services.context);
      await signIn(services, member);
    };
    await as('worker');
    const caseItems = async () =>
      (expectOk(await services.router('attention.list', undefined)) as AttentionItem[])
        .filter((item) => item.caseId !== null)
        .map((item) => `${item.youthName}: ${item.kind} ${item.urgency} ${item.date}`);
    const change = async (channel: string, input: object) => expectOk(await services.router(channel, input)) as CaseView;
    const deviate = (view: CaseView, outcomes: string[], reason: string) =>
      change('meldcode.confirmDecision', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, shown: view.preview, choice: { kind: 'deviate', outcomes, reason } });

    let view = await change('meldcode.open', { youthId: ids.bilal, suspicion: 'criminalExploitation', title: 'Pakketjes rondbrengen', signalIds: [] });
    expect(await caseItems()).toEqual([]);
    const caseId = view.case.id;
    view = await deviate(view, ['own-help', 'monitor'], 'Schuldhulp kan meteen beginnen; de antwoorden volgen.');
    view = await change('meldcode.update', { caseId, basedOnUpdatedAt: view.case.updatedAt, part: 'helpPlan', value: { help: 'Schuldhulp en wekelijks gesprek.', followUpDates: [daysFrom(today, -1), daysFrom(today, 17)] } });
    expect(await caseItems()).toEqual([`Bilal Bakker: meldcodeFollowUpDue overdue ${daysFrom(today, -1)}`]);
    view = await change('meldcode.addFollowUp', { caseId, heldOn: today, helpEffective: true, note: 'Hij komt op de afspraken.' });
    expect(await caseItems()).toEqual([]);

    // Quiet for 15 days while the next follow-up is still to come: monitoring, not idle.
    clock.advance(hours(24 * 15));
    expect(await caseItems()).toEqual([`Bilal Bakker: meldcodeFollowUpDue soon ${daysFrom(today, 17)}`]);

    const reason = 'Zijn school meldde vandaag nieuwe pakketjes; melden kan niet wachten.';
    view = await deviate(view, ['report-veilig-thuis'], reason);
    // A report ends the help plan's reminders; a group worker never countersigns, so is not reminded to.
    expect(await caseItems()).toEqual([]);
    await as('officer');
    expect(await caseItems()).toEqual([`Bilal Bakker: meldcodeCountersignDue overdue ${daysFrom(today, 15)}`]);
    view = await change('meldcode.countersign', { caseId, decisionId: view.case.decisions[0]!.id });
    expect(await caseItems()).toEqual([]);

    await as('worker');
    clock.advance(hours(24 * 15));
    expect(await caseItems()).toEqual([`Bilal Bakker: meldcodeCaseIdle overdue ${localTodayIso(new Date(view.case.updatedAt))}`]);
    await as('admin');
    const settings = expectOk(await services.router('settings.get', undefined)) as Record<string, unknown>;
    expect(settings).toMatchObject({ meldcodeIdleDays: 14, countersignDecisions: 'reports' });
    expectOk(await services.router('settings.update', { ...settings, meldcodeIdleDays: 20 }));
    await as('worker');
    expect(await caseItems()).toEqual([]);

    view = await change('meldcode.update', { caseId, basedOnUpdatedAt: view.case.updatedAt, part: 'report', value: { channel: 'report-veilig-thuis', reportedOn: today, reportedBy: 'Mentor' } });
    await change('meldcode.close', { caseId, basedOnUpdatedAt: view.case.updatedAt, reason: 'Veilig Thuis heeft het overgenomen.' });
    expect(await caseItems()).toEqual([]);
  });
});
