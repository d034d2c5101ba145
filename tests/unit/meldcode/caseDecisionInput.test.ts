import { describe, expect, it } from 'vitest';
import { caseDecisionInput, type CaseDecisionSources } from '../../../main/domain/meldcode/caseDecisionInput';
import { storedCaseDecisionAnswersSchema, storedCaseWeighingSchema } from '../../../preload/contract';
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

  it('takes helpEffective from the newest follow-up recorded after the newest decision, and none before a decision', () => {
    const followUps = [
      { helpEffective: true, recordedAt: '2026-10-01T09:00:00.000Z' },
      { helpEffective: false, recordedAt: '2026-11-20T09:00:00.000Z' },
      { helpEffective: true, recordedAt: '2026-11-10T09:00:00.000Z' },
    ];
    expect(caseDecisionInput({ ...empty, followUps }).helpEffective).toBeNull();
    expect(caseDecisionInput({ ...empty, followUps, decisions: [{ decidedAt: '2026-09-01T09:00:00.000Z' }] }).helpEffective).toBe(false);
    // A newer decision starts its own monitoring: the follow-ups before it answer nothing now.
    const newest = [{ decidedAt: '2026-11-21T09:00:00.000Z' }, { decidedAt: '2026-09-01T09:00:00.000Z' }];
    expect(caseDecisionInput({ ...empty, followUps, decisions: newest }).helpEffective).toBeNull();
    expect(caseDecisionInput({ ...empty, followUps, decisions: [{ decidedAt: '2026-11-15T09:00:00.000Z' }] }).helpEffective).toBe(false);
  });
});
