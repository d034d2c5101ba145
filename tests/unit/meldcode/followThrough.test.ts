import { describe, expect, it } from 'vitest';
import { followThroughMessages, followThroughMissing, stepRecordRefusal } from '../../../main/domain/meldcode/followThrough';
import { reportChannelLabels, storedCaseHelpPlanSchema, storedCaseReportSchema, type Outcome, type StoredDecision } from '../../../preload/contract';

const decision = (chosenOutcomes: Outcome[], fields: Partial<StoredDecision> = {}) =>
  ({ chosenOutcomes, countersignRequired: false, countersignedAt: null, input: { consentToReport: null }, ...fields }) as StoredDecision;
const helpPlan = storedCaseHelpPlanSchema.parse({ help: 'Gesprekken' });
const report = storedCaseReportSchema.parse({ channel: 'report-veilig-thuis' });
const refusal = (newest: StoredDecision | undefined, request: Parameters<typeof stepRecordRefusal>[1]) => stepRecordRefusal(newest, request, reportChannelLabels);

describe('which 5a and 5b records the newest decision asks for', () => {
  it('refuses both before any decision', () => {
    expect(refusal(undefined, { part: 'helpPlan' })).toEqual({ field: 'value', message: followThroughMessages.noDecisionYet });
    expect(refusal(undefined, { part: 'report', channel: 'report-veilig-thuis' })).toEqual({ field: 'value', message: followThroughMessages.noDecisionYet });
  });

  it('takes a help plan only for own help', () => {
    expect(refusal(decision(['own-help', 'monitor']), { part: 'helpPlan' })).toBeNull();
    expect(refusal(decision(['report-veilig-thuis']), { part: 'helpPlan' })).toEqual({ field: 'value.help', message: followThroughMessages.noOwnHelp });
  });

  it('takes a report only to a channel the decision chose; the zorgcoördinator only with the adult’s consent', () => {
    expect(refusal(decision(['own-help', 'monitor', 'seek-consent']), { part: 'report', channel: 'zorgcoordinator' })).toEqual({ field: 'value.channel', message: followThroughMessages.noReport });
    expect(refusal(decision(['call-112', 'report-police-avim']), { part: 'report', channel: 'report-police-avim' })).toBeNull();
    expect(refusal(decision(['report-veilig-thuis']), { part: 'report', channel: 'report-meld-misdaad-anoniem' })).toEqual({
      field: 'value.channel',
      message: followThroughMessages.otherChannel('Veilig Thuis'),
    });
    expect(refusal(decision(['report-police-avim']), { part: 'report', channel: 'zorgcoordinator' })?.field).toBe('value.channel');
    const withConsent = decision(['report-police-avim'], { input: { consentToReport: true } as StoredDecision['input'] });
    expect(refusal(withConsent, { part: 'report', channel: 'zorgcoordinator' })).toBeNull();
    expect(refusal(withConsent, { part: 'report', channel: '' })?.message).toBe(followThroughMessages.otherChannel(`${reportChannelLabels['report-police-avim']} of ${reportChannelLabels.zorgcoordinator}`));
  });
});

describe('what a case still waits for before it may close', () => {
  it('nothing without a decision, or for a decision that closes as unfounded and needs no signature', () => {
    expect(followThroughMissing({ decisions: [], helpPlan: null, report: null })).toBeNull();
    expect(followThroughMissing({ decisions: [decision(['close-unfounded'])], helpPlan: null, report: null })).toBeNull();
  });

  it('a required countersignature first, also for closing as unfounded', () => {
    expect(followThroughMissing({ decisions: [decision(['close-unfounded'], { countersignRequired: true })], helpPlan: null, report: null })).toBe('countersignature');
    const signed = decision(['report-veilig-thuis'], { countersignRequired: true, countersignedAt: '2026-11-20T10:00:00.000Z' });
    expect(followThroughMissing({ decisions: [signed], helpPlan: null, report: null })).toBe('report');
    expect(followThroughMissing({ decisions: [signed], helpPlan: null, report })).toBeNull();
  });

  it('the help plan of own help, and both for own help beside a report', () => {
    expect(followThroughMissing({ decisions: [decision(['own-help', 'monitor'])], helpPlan: null, report: null })).toBe('helpPlan');
    expect(followThroughMissing({ decisions: [decision(['own-help', 'monitor'])], helpPlan, report: null })).toBeNull();
    expect(followThroughMissing({ decisions: [decision(['report-veilig-thuis', 'own-help'])], helpPlan, report: null })).toBe('report');
  });
});
