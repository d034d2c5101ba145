import { describe, expect, it } from 'vitest';
import { attentionItems } from '../../main/domain/attention/attentionItems';
import { addCalendarMonths, isPhotoOld } from '../../preload/contract/rules/photoAge';
import type { AttentionFacts } from '../../preload/contract';

const today = '2026-05-12';

/** A youth with nothing to report: a recent portrait, a plan reviewed later, a network. */
function youth(overrides: Partial<AttentionFacts> = {}): AttentionFacts {
  return {
    youthId: 'y1',
    youthName: 'Ilse Akkerman',
    newestPortraitTakenOn: '2026-04-01',
    planReviewDate: '2026-09-01',
    networkEntityCount: 4,
    ...overrides,
  };
}

const kindsFor = (facts: AttentionFacts, on = today) => attentionItems([facts], on).map((item) => `${item.kind}:${item.urgency}`);

describe('what needs attention on the start screen', () => {
  it('reports nothing for a youth whose file is complete and up to date', () => {
    expect(attentionItems([youth()], today)).toEqual([]);
  });

  it('reports a missing portrait, safety plan and network analysis as missing, without a date', () => {
    const items = attentionItems([youth({ newestPortraitTakenOn: null, planReviewDate: null, networkEntityCount: 0 })], today);
    expect(items).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'noPortrait', date: null, urgency: 'missing' },
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'noSafetyPlan', date: null, urgency: 'missing' },
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'networkEmpty', date: null, urgency: 'missing' },
    ]);
  });

  it('calls a portrait old only after exactly 3 calendar months have passed, with the date it was taken', () => {
    expect(kindsFor(youth({ newestPortraitTakenOn: '2026-02-12' }))).toEqual([]);
    expect(attentionItems([youth({ newestPortraitTakenOn: '2026-02-11' })], today)).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'portraitOld', date: '2026-02-11', urgency: 'overdue' },
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
    expect(attentionItems([youth({ planReviewDate: '2026-05-11' })], today)).toEqual([
      { youthId: 'y1', youthName: 'Ilse Akkerman', kind: 'planReviewDue', date: '2026-05-11', urgency: 'overdue' },
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
      today,
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
