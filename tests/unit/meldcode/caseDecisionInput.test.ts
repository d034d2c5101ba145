import { describe, expect, it } from 'vitest';
import { caseDecisionInput, type CaseDecisionSources } from '../../../main/domain/meldcode/caseDecisionInput';
import { storedCaseDecisionAnswersSchema, storedCaseWeighingSchema, type Outcome } from '../../../preload/contract';
import { conflictOfDutiesQuestionKeys } from '../../../preload/contract/meldcodeTexts';

const empty: CaseDecisionSources = { today: '2026-11-23', dateOfBirth: '2010-04-02', weighing: null, decisionAnswers: null, followUps: [], decisions: [] };
const weighing = (fields: object) => storedCaseWeighingSchema.parse(fields);
const answers = (fields: object) => storedCaseDecisionAnswersSchema.parse(fields);
const allSix = Object.fromEntries(conflictOfDutiesQuestionKeys.map((key) => [key, 'Beantwoord.']));

describe('the decision engine’s input from a stored case', () => {
  it('answers nothing for parts not yet saved, dated today with the youth’s birth date', () => {
    expect(caseDecisionInput(empty)).toEqual({
      decisionDate: '2026-11-23',
      dateOfBirth: '2010-04-02',
      suspicionRemains: null,
      acuteDanger: null,
      structuralUnsafety: null,
      ownHelpPossible: null,
      helpAccepted: null,
      helpEffective: null,
      riskAvertableByOwnHelp: null,
      seriousDanger: null,
      realChanceOfHarm: null,
      consentToReport: null,
      conflictOfDutiesAnswered: false,
      wantsAnonymity: null,
    });
  });

  it.each([
    ['remains', true],
    ['unfounded', false],
    [null, null],
  ] as const)('reads the weighing’s outcome %s as suspicionRemains %s, with its acute and structural unsafety', (outcome, remains) => {
    const input = caseDecisionInput({ ...empty, weighing: weighing({ outcome, acuteUnsafety: true, structuralUnsafety: false }) });
    expect(input).toMatchObject({ suspicionRemains: remains, acuteDanger: true, structuralUnsafety: false });
  });

  it('takes step 5’s answers as saved, and counts the conflict of duties as answered only with all six written', () => {
    const saved = answers({ ownHelpPossible: true, helpAccepted: false, riskAvertableByOwnHelp: false, seriousDanger: true, realChanceOfHarm: null, consentToReport: false, wantsAnonymity: true, conflictOfDuties: allSix });
    expect(caseDecisionInput({ ...empty, decisionAnswers: saved })).toMatchObject({
      ownHelpPossible: true,
      helpAccepted: false,
      riskAvertableByOwnHelp: false,
      seriousDanger: true,
      realChanceOfHarm: null,
      consentToReport: false,
      wantsAnonymity: true,
      conflictOfDutiesAnswered: true,
    });
    const fiveAndBlank = answers({ conflictOfDuties: { ...allSix, conscience: '   ' } });
    expect(caseDecisionInput({ ...empty, decisionAnswers: fiveAndBlank }).conflictOfDutiesAnswered).toBe(false);
  });

  const ownHelp = (decidedAt: string) => ({ decidedAt, chosenOutcomes: ['own-help', 'monitor'] as Outcome[], input: { decisionDate: decidedAt.slice(0, 10) } });
  const report = (decidedAt: string) => ({ decidedAt, chosenOutcomes: ['report-veilig-thuis'] as Outcome[], input: { decisionDate: decidedAt.slice(0, 10) } });

  it('takes helpEffective from the newest follow-up after the newest decision with own help, and none before such a decision', () => {
    const followUps = [
      { helpEffective: true, heldOn: '2026-10-01', recordedAt: '2026-10-01T09:00:00.000Z' },
      { helpEffective: false, heldOn: '2026-11-20', recordedAt: '2026-11-20T09:00:00.000Z' },
      { helpEffective: true, heldOn: '2026-11-10', recordedAt: '2026-11-10T09:00:00.000Z' },
    ];
    expect(caseDecisionInput({ ...empty, followUps }).helpEffective).toBeNull();
    expect(caseDecisionInput({ ...empty, followUps, decisions: [report('2026-09-01T09:00:00.000Z')] }).helpEffective).toBeNull();
    expect(caseDecisionInput({ ...empty, followUps, decisions: [ownHelp('2026-09-01T09:00:00.000Z')] }).helpEffective).toBe(false);
    // A newer own-help decision starts its own monitoring: the follow-ups before it answer nothing now.
    expect(caseDecisionInput({ ...empty, followUps, decisions: [ownHelp('2026-11-21T09:00:00.000Z'), ownHelp('2026-09-01T09:00:00.000Z')] }).helpEffective).toBeNull();
    expect(caseDecisionInput({ ...empty, followUps, decisions: [ownHelp('2026-11-15T09:00:00.000Z')] }).helpEffective).toBe(false);
  });

  it('keeps the failed help as the answer after the re-report it led to, so the result stays the report', () => {
    const followUps = [{ helpEffective: false, heldOn: '2026-11-20', recordedAt: '2026-11-20T09:00:00.000Z' }];
    const decisions = [report('2026-11-20T10:00:00.000Z'), ownHelp('2026-09-01T09:00:00.000Z')];
    expect(caseDecisionInput({ ...empty, followUps, decisions }).helpEffective).toBe(false);
  });

  it('ignores a follow-up recorded after the decision but held before its day', () => {
    const followUps = [{ helpEffective: false, heldOn: '2026-08-30', recordedAt: '2026-09-02T09:00:00.000Z' }];
    expect(caseDecisionInput({ ...empty, followUps, decisions: [ownHelp('2026-09-01T09:00:00.000Z')] }).helpEffective).toBeNull();
  });
});
