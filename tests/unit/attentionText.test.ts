import { describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../preload/contract';
import { countAttention, describeAttention } from '../../renderer/features/attention/attentionText';

const item = (kind: AttentionItem['kind'], urgency: AttentionItem['urgency'], date: string | null = null, episodeId: string | null = null, caseId: string | null = null): AttentionItem => ({
  youthId: 'y',
  youthName: 'Ilse Akkerman',
  kind,
  urgency,
  date,
  episodeId,
  caseId,
});

describe('attention items in words', () => {
  it('names what is wrong, with the date written the Dutch way', () => {
    expect(describeAttention(item('portraitOld', 'overdue', '2026-05-12'))).toBe('Recente foto is ouder dan 3 maanden (12-05-2026)');
    expect(describeAttention(item('planReviewDue', 'overdue', '2026-05-01'))).toBe('Evaluatie veiligheidsplan was gepland op 01-05-2026');
    expect(describeAttention(item('planReviewDue', 'soon', '2026-05-20'))).toBe('Evaluatie veiligheidsplan gepland op 20-05-2026');
    expect(describeAttention(item('noPortrait', 'missing'))).toBe('Nog geen portretfoto');
    expect(describeAttention(item('noSafetyPlan', 'missing'))).toBe('Nog geen veiligheidsplan');
    expect(describeAttention(item('networkEmpty', 'missing'))).toBe('Nog geen netwerkanalyse');
  });

  it('names what a missing episode still needs, with its moment on this PC\'s clock', () => {
    // 21:15 UTC is 22:15 in Amsterdam in November (vitest runs in Europe/Amsterdam).
    expect(describeAttention(item('missingNow', 'overdue', '2026-11-23T21:15:00.000Z', 'e'))).toBe('Vermist sinds 23-11-2026 22:15');
    expect(describeAttention(item('policeNotTold', 'overdue', '2026-11-23T21:45:00.000Z', 'e'))).toBe('Politie nog niet ingelicht');
    expect(describeAttention(item('returnNotNotified', 'overdue', '2026-11-24T08:00:00.000Z', 'e'))).toBe('Terug, maar nog niet afgemeld bij de politie');
    expect(describeAttention(item('returnConversationDue', 'soon', '2026-11-27T08:00:00.000Z', 'e'))).toBe('Terugkeergesprek uiterlijk 27-11-2026 09:00');
    expect(describeAttention(item('episodeOpen', 'soon', '2026-11-24T08:00:00.000Z', 'e'))).toBe('Vermissing nog afsluiten');
  });

  it('names what a meldcode case needs: a follow-up of the help, a step standing still, a second signature', () => {
    expect(describeAttention(item('meldcodeFollowUpDue', 'soon', '2026-12-01', null, 'c'))).toBe('Meldcode: vervolgmoment van de hulp op 01-12-2026');
    expect(describeAttention(item('meldcodeFollowUpDue', 'overdue', '2026-11-20', null, 'c'))).toBe('Meldcode: vervolgmoment van de hulp was op 20-11-2026');
    expect(describeAttention(item('meldcodeCaseIdle', 'overdue', '2026-11-02T09:30:00.000Z', null, 'c'))).toBe('Meldcodetraject staat stil sinds 02-11-2026 10:30');
    expect(describeAttention(item('meldcodeCountersignDue', 'soon', null, null, 'c'))).toBe('Meldcodebesluit wacht op medeondertekening');
  });

  it('counts in Dutch singular and plural', () => {
    expect(countAttention(1)).toBe('1 punt vraagt aandacht');
    expect(countAttention(5)).toBe('5 punten vragen aandacht');
  });
});
