import { describe, expect, it } from 'vitest';
import { attentionItems } from '../../main/domain/attention/attentionItems';
import { addCalendarMonths, isPhotoOld } from '../../preload/contract/rules/photoAge';
import type { AttentionFacts, OpenCaseFacts, OpenEpisodeFacts } from '../../preload/contract';

const today = '2026-05-12';
/** 14:00 on `today` in the Netherlands; the escalation after 30 minutes, the conversation within 72 hours. */
const lead = { userId: 'lead', countersigns: true };
const clockAt = (now: string, on = today) => ({ today: on, now: new Date(now), missingEscalationMinutes: 30, returnConversationHours: 72, meldcodeIdleDays: 14, viewer: lead });
const atTwo = clockAt('2026-05-12T12:00:00.000Z');

/** A youth with nothing to report: a recent portrait, a plan reviewed later, a network. */
function youth(overrides: Partial<AttentionFacts> = {}): AttentionFacts {
  return {
    youthId: 'y1',
    youthName: 'Ilse Akkerman',
    newestPortraitTakenOn: '2026-04-01',
    planReviewDate: '2026-09-01',
    networkEntityCount: 4,
    openEpisodes: [],
    openCases: [],
    ...overrides,
  };
}

const kindsFor = (facts: AttentionFacts, on = today) => attentionItems([facts], { ...atTwo, today: on }).map((item) => `${item.kind}:${item.urgency}`);

describe('what needs attention on the start screen', () => {
  it('reports nothing for a youth whose file is complete and up to date', () => {
    expect(attentionItems([youth()], atTwo)).toEqual([]);
  });

  it('reports a missing portrait, safety plan and network analysis as missing, without a date', () => {
    const items = attentionItems([youth({ newestPortraitTakenOn: null, planReviewDate: null, networkEntityCount: 0 })], atTwo);
    expect(items).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'noPortrait', date: null, episodeId: null, caseId: null, urgency: 'missing' },
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'noSafetyPlan', date: null, episodeId: null, caseId: null, urgency: 'missing' },
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'networkEmpty', date: null, episodeId: null, caseId: null, urgency: 'missing' },
    ]);
  });

  it('calls a portrait old only after exactly 3 calendar months have passed, with the date it was taken', () => {
    expect(kindsFor(youth({ newestPortraitTakenOn: '2026-02-12' }))).toEqual([]);
    expect(attentionItems([youth({ newestPortraitTakenOn: '2026-02-11' })], atTwo)).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'portraitOld', date: '2026-02-11', episodeId: null, caseId: null, urgency: 'overdue' },
    ]);
  });

  it('counts months the way people do at month ends and over New Year', () => {
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-10-15', 3)).toBe('2027-01-15');
    expect(isPhotoOld('2025-11-30', '2026-02-28')).toBe(false);
    expect(isPhotoOld('2025-11-30', '2026-03-01')).toBe(true);
  });

  it('shows a plan review as soon from 14 days ahead, and as overdue only once its day has passed', () => {
    expect(kindsFor(youth({ planReviewDate: '2026-05-27' }))).toEqual([]);
    expect(kindsFor(youth({ planReviewDate: '2026-05-26' }))).toEqual(['planReviewDue:soon']);
    expect(kindsFor(youth({ planReviewDate: today }))).toEqual(['planReviewDue:soon']);
    expect(attentionItems([youth({ planReviewDate: '2026-05-11' })], atTwo)).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'planReviewDue', date: '2026-05-11', episodeId: null, caseId: null, urgency: 'overdue' },
    ]);
  });

  it('counts the 14 days across a month end', () => {
    expect(kindsFor(youth({ planReviewDate: '2026-02-11' }), '2026-01-28')).toEqual(['planReviewDue:soon']);
    expect(kindsFor(youth({ planReviewDate: '2026-02-12' }), '2026-01-28')).toEqual([]);
  });

  it('puts overdue first, then soon, then missing; within those the oldest date, then the name', () => {
    const items = attentionItems(
      [
        youth({ youthId: 'a', youthName: 'Zoë de Wit', networkEntityCount: 0 }),
        youth({ youthId: 'b', youthName: 'Bram Bos', planReviewDate: '2026-05-20' }),
        youth({ youthId: 'c', youthName: 'Anna Aalbers', planReviewDate: '2026-05-01', newestPortraitTakenOn: '2025-12-24' }),
        youth({ youthId: 'd', youthName: 'Ada Veld', planReviewDate: '2026-05-14', networkEntityCount: 0 }),
        youth({ youthId: 'e', youthName: 'Émile Dekker', newestPortraitTakenOn: null }),
      ],
      atTwo,
    );
    expect(items.map((item) => `${item.youthName}: ${item.kind} ${item.urgency} ${item.date ?? '-'}`)).toEqual([
      'Anna Aalbers: portraitOld overdue 2025-12-24',
      'Anna Aalbers: planReviewDue overdue 2026-05-01',
      'Ada Veld: planReviewDue soon 2026-05-14',
      'Bram Bos: planReviewDue soon 2026-05-20',
      'Ada Veld: networkEmpty missing -',
      'Émile Dekker: noPortrait missing -',
      'Zoë de Wit: networkEmpty missing -',
    ]);
  });
});

/** Discovered at 13:00 on `today` (11:00 UTC), police not told, not back. */
function episode(overrides: Partial<OpenEpisodeFacts> = {}): OpenEpisodeFacts {
  return {
    episodeId: 'e1',
    discoveredAt: '2026-05-12T11:00:00.000Z',
    policeReportedAt: '',
    returnedAt: null,
    returnNotifiedAt: null,
    conversationHeldAt: null,
    ...overrides,
  };
}

const missing = (episodes: OpenEpisodeFacts[], clock = atTwo) =>
  attentionItems([youth({ openEpisodes: episodes })], clock).map((item) => `${item.kind} ${item.urgency} ${item.date} ${item.episodeId}`);

describe('missing episodes on the start screen', () => {
  it('shows a youth who is missing now, with the discovery and the episode to open', () => {
    expect(missing([episode({ policeReportedAt: '2026-05-12T11:10:00.000Z' })])).toEqual(['missingNow overdue 2026-05-12T11:00:00.000Z e1']);
  });

  it('prompts to tell the police once the escalation time after the discovery has passed, not before', () => {
    expect(missing([episode()], clockAt('2026-05-12T11:29:59.000Z'))).toEqual(['missingNow overdue 2026-05-12T11:00:00.000Z e1']);
    expect(missing([episode()], clockAt('2026-05-12T11:30:00.000Z'))).toEqual([
      'missingNow overdue 2026-05-12T11:00:00.000Z e1',
      'policeNotTold overdue 2026-05-12T11:30:00.000Z e1',
    ]);
    expect(missing([episode()], { ...clockAt('2026-05-12T11:30:00.000Z'), missingEscalationMinutes: 60 })).toEqual(['missingNow overdue 2026-05-12T11:00:00.000Z e1']);
  });

  it('after the return: police not yet notified, and the conversation soon, then late after its deadline', () => {
    const back = episode({ policeReportedAt: '2026-05-12T11:10:00.000Z', returnedAt: '2026-05-12T11:50:00.000Z' });
    expect(missing([back])).toEqual(['returnNotNotified overdue 2026-05-12T11:50:00.000Z e1', 'returnConversationDue soon 2026-05-15T11:50:00.000Z e1']);
    expect(missing([{ ...back, returnNotifiedAt: '2026-05-12T12:00:00.000Z' }], clockAt('2026-05-15T11:50:00.000Z', '2026-05-15'))).toEqual([
      'returnConversationDue overdue 2026-05-15T11:50:00.000Z e1',
    ]);
  });

  it('keeps an episode that is followed up but not closed, as coming up', () => {
    const done = episode({ returnedAt: '2026-05-12T11:50:00.000Z', returnNotifiedAt: '2026-05-12T11:55:00.000Z', conversationHeldAt: '2026-05-12T11:58:00.000Z' });
    expect(missing([done])).toEqual(['episodeOpen soon 2026-05-12T11:50:00.000Z e1']);
  });

  it('puts the episodes before everything in a file, a youth missing now first', () => {
    const items = attentionItems(
      [
        youth({ youthId: 'a', youthName: 'Anna Aalbers', planReviewDate: '2026-05-01' }),
        youth({ youthId: 'b', youthName: 'Bram Bos', openEpisodes: [episode({ episodeId: 'eb', returnedAt: '2026-05-12T11:50:00.000Z' })] }),
        youth({ youthId: 'c', youthName: 'Cas Claes', newestPortraitTakenOn: null, openEpisodes: [episode({ episodeId: 'ec', discoveredAt: '2026-05-12T11:40:00.000Z' })] }),
      ],
      atTwo,
    );
    expect(items.map((item) => `${item.youthName}: ${item.kind} ${item.episodeId ?? '-'}`)).toEqual([
      'Cas Claes: missingNow ec',
      'Bram Bos: returnNotNotified eb',
      'Bram Bos: returnConversationDue eb',
      'Anna Aalbers: planReviewDue -',
      'Cas Claes: noPortrait -',
    ]);
  });
});

/** Active this morning (Amsterdam), no help plan, no decision waiting. */
function openCase(overrides: Partial<OpenCaseFacts> = {}): OpenCaseFacts {
  return { caseId: 'c1', lastActivityAt: '2026-05-12T07:00:00.000Z', followUpDates: [], newestFollowUpOn: null, countersignDueSince: null, countersignConfirmedBy: null, ...overrides };
}

const meldcode = (cases: OpenCaseFacts[], clock = atTwo) =>
  attentionItems([youth({ openCases: cases })], clock).map((item) => `${item.kind} ${item.urgency} ${item.date} ${item.caseId}`);

describe('meldcode cases on the start screen', () => {
  it('shows a follow-up date from 3 days before, as late only after its day, until a follow-up on or after it is recorded', () => {
    expect(meldcode([openCase({ followUpDates: ['2026-05-16'] })])).toEqual([]);
    expect(meldcode([openCase({ followUpDates: ['2026-05-15'] })])).toEqual(['meldcodeFollowUpDue soon 2026-05-15 c1']);
    expect(meldcode([openCase({ followUpDates: ['2026-05-12'] })])).toEqual(['meldcodeFollowUpDue soon 2026-05-12 c1']);
    expect(meldcode([openCase({ followUpDates: ['2026-05-11', '2026-06-01'] })])).toEqual(['meldcodeFollowUpDue overdue 2026-05-11 c1']);
    expect(meldcode([openCase({ followUpDates: ['2026-05-11'], newestFollowUpOn: '2026-05-11' })])).toEqual([]);
    expect(meldcode([openCase({ followUpDates: ['2026-05-11'], newestFollowUpOn: '2026-05-02' })])).toEqual(['meldcodeFollowUpDue overdue 2026-05-11 c1']);
    // One follow-up answers every date up to its own: the earliest date still open is named.
    expect(meldcode([openCase({ followUpDates: ['2026-05-01', '2026-05-05', '2026-05-10'], newestFollowUpOn: '2026-05-06' })])).toEqual(['meldcodeFollowUpDue overdue 2026-05-10 c1']);
  });

  it('calls a case idle once its last activity is longer ago than the setting, dated on this PC’s calendar', () => {
    // 22:30 UTC on 27 April is 00:30 on 28 April in Amsterdam: 14 days before today, not yet longer.
    expect(meldcode([openCase({ lastActivityAt: '2026-04-27T22:30:00.000Z' })])).toEqual([]);
    expect(meldcode([openCase({ lastActivityAt: '2026-04-27T21:30:00.000Z' })])).toEqual(['meldcodeCaseIdle overdue 2026-04-27 c1']);
    expect(meldcode([openCase({ lastActivityAt: '2026-05-01T09:00:00.000Z' })], { ...atTwo, meldcodeIdleDays: 10 })).toEqual(['meldcodeCaseIdle overdue 2026-05-01 c1']);
  });

  it('does not call a case idle while it waits for a planned follow-up still to come, but does once that date has passed', () => {
    const quiet = { lastActivityAt: '2026-04-01T09:00:00.000Z' };
    expect(meldcode([openCase({ ...quiet, followUpDates: ['2026-06-10'] })])).toEqual([]);
    expect(meldcode([openCase({ ...quiet, followUpDates: ['2026-05-12'] })])).toEqual(['meldcodeFollowUpDue soon 2026-05-12 c1']);
    expect(meldcode([openCase({ ...quiet, followUpDates: ['2026-05-11'] })])).toEqual(['meldcodeCaseIdle overdue 2026-04-01 c1', 'meldcodeFollowUpDue overdue 2026-05-11 c1']);
    // A follow-up recorded on or after every date leaves nothing pending: quiet again means idle.
    expect(meldcode([openCase({ ...quiet, followUpDates: ['2026-04-01'], newestFollowUpOn: '2026-04-01' })])).toEqual(['meldcodeCaseIdle overdue 2026-04-01 c1']);
  });

  it('keeps a decision waiting for its countersignature on the screen as late, dated on the day it was confirmed', () => {
    expect(meldcode([openCase({ countersignDueSince: '2026-05-11T22:10:00.000Z', countersignConfirmedBy: 'worker' })])).toEqual(['meldcodeCountersignDue overdue 2026-05-12 c1']);
  });

  it('reminds only who may countersign: not the confirmer, not a role that never signs', () => {
    const waiting = openCase({ countersignDueSince: '2026-05-11T22:10:00.000Z', countersignConfirmedBy: 'lead' });
    expect(meldcode([waiting])).toEqual([]);
    expect(meldcode([waiting], { ...atTwo, viewer: { userId: 'other-lead', countersigns: true } })).toEqual(['meldcodeCountersignDue overdue 2026-05-12 c1']);
    expect(meldcode([waiting], { ...atTwo, viewer: { userId: 'worker', countersigns: false } })).toEqual([]);
  });

  it('lists a case’s reminders with the file’s, by urgency and date, after any episode', () => {
    const items = attentionItems(
      [
        youth({ youthId: 'a', youthName: 'Anna Aalbers', planReviewDate: '2026-05-20', openCases: [openCase({ caseId: 'ca', followUpDates: ['2026-05-14'] })] }),
        youth({ youthId: 'b', youthName: 'Bram Bos', openEpisodes: [episode({ episodeId: 'eb' })], openCases: [openCase({ caseId: 'cb', countersignDueSince: '2026-05-10T10:00:00.000Z', countersignConfirmedBy: 'worker' })] }),
      ],
      atTwo,
    );
    expect(items.map((item) => `${item.youthName}: ${item.kind} ${item.episodeId ?? item.caseId ?? '-'}`)).toEqual([
      'Bram Bos: missingNow eb',
      'Bram Bos: policeNotTold eb',
      'Bram Bos: meldcodeCountersignDue cb',
      'Anna Aalbers: meldcodeFollowUpDue ca',
      'Anna Aalbers: planReviewDue -',
    ]);
  });
});
