import { describe, expect, it } from 'vitest';
import { caseStepStatuses, currentStep } from '../../../main/domain/meldcode/stepStatuses';
import {
  storedCaseConversationSchema,
  storedCaseDecisionAnswersSchema,
  storedCaseHelpPlanSchema,
  storedCaseReportSchema,
  storedCaseWeighingSchema,
  type MeldcodeCase,
  type Outcome,
  type StoredDecision,
} from '../../../preload/contract';

type Parts = Parameters<typeof caseStepStatuses>[0];
const nothing: Parts = { signals: { signalIds: [], note: '' }, consultations: [], conversation: null, weighing: null, decisionAnswers: null, decisions: [], helpPlan: null, report: null };
const consultation = { id: 'c1', heldOn: '2026-11-01', consultantKind: 'colleague', withWhom: 'Collega', anonymous: false, questions: 'Vraag', advice: '', agreements: '', recordedAt: '', recordedByName: '' } as const;
const decision = (chosenOutcomes: Outcome[], signature: Partial<StoredDecision> = {}) =>
  ({ id: 'd1', chosenOutcomes, countersignRequired: false, countersignedAt: null, countersignedByName: null, ...signature }) as StoredDecision;
const status = (parts: Partial<Parts>) => caseStepStatuses({ ...nothing, ...parts });

describe('the status of each meldcode step', () => {
  it('starts with every step to do and step 1 current', () => {
    expect(status({})).toEqual({ 1: 'todo', 2: 'todo', 3: 'todo', 4: 'todo', 5: 'todo' });
    expect(currentStep(status({}))).toBe(1);
  });

  it('step 1: busy with only a note, done with a signal; step 2: done with a consultation', () => {
    expect(status({ signals: { signalIds: [], note: 'Zie schoolverslag' } })[1]).toBe('busy');
    expect(status({ signals: { signalIds: ['s1'], note: '' } })[1]).toBe('done');
    expect(status({ consultations: [consultation] as MeldcodeCase['consultations'] })[2]).toBe('done');
  });

  it('step 3: busy while saved undecided, done once held or not held is decided', () => {
    expect(status({ conversation: storedCaseConversationSchema.parse({}) })[3]).toBe('busy');
    expect(status({ conversation: storedCaseConversationSchema.parse({ held: true }) })[3]).toBe('done');
    expect(status({ conversation: storedCaseConversationSchema.parse({ held: false }) })[3]).toBe('done');
  });

  it('step 4: busy without an outcome, done with one', () => {
    expect(status({ weighing: storedCaseWeighingSchema.parse({ nature: 'Iets' }) })[4]).toBe('busy');
    expect(status({ weighing: storedCaseWeighingSchema.parse({ outcome: 'unfounded' }) })[4]).toBe('done');
  });

  it('step 5: busy with answers or a decision, done when the newest decision is signed where needed and followed through', () => {
    const helpPlan = storedCaseHelpPlanSchema.parse({ help: 'Mentorgesprekken' });
    const report = storedCaseReportSchema.parse({ channel: 'report-veilig-thuis' });
    expect(status({ decisionAnswers: storedCaseDecisionAnswersSchema.parse({}) })[5]).toBe('busy');
    expect(status({ decisions: [decision(['close-unfounded'])] })[5]).toBe('done');
    expect(status({ decisions: [decision(['call-112'])] })[5]).toBe('done');
    expect(status({ decisions: [decision(['own-help', 'monitor'])] })[5]).toBe('busy');
    expect(status({ decisions: [decision(['own-help', 'monitor'])], helpPlan })[5]).toBe('done');
    expect(status({ decisions: [decision(['report-veilig-thuis'])] })[5]).toBe('busy');
    expect(status({ decisions: [decision(['report-veilig-thuis'])], report })[5]).toBe('done');
    expect(status({ decisions: [decision(['report-veilig-thuis'], { countersignRequired: true })], report })[5]).toBe('busy');
    expect(status({ decisions: [decision(['report-veilig-thuis'], { countersignRequired: true, countersignedAt: '2026-11-02T10:00:00.000Z' })], report })[5]).toBe('done');
    // Only the newest decision counts: an older own-help decision's plan does not complete a new report.
    expect(status({ decisions: [decision(['report-police-avim']), decision(['own-help'])], helpPlan })[5]).toBe('busy');
  });

  it('names the first step not done as current, and none when all five are', () => {
    const all = status({
      signals: { signalIds: ['s1'], note: '' },
      consultations: [consultation] as MeldcodeCase['consultations'],
      conversation: storedCaseConversationSchema.parse({ held: true }),
      weighing: storedCaseWeighingSchema.parse({ outcome: 'unfounded' }),
      decisions: [decision(['close-unfounded'])],
    });
    expect(currentStep(all)).toBeNull();
    expect(currentStep({ ...all, 3: 'busy' })).toBe(3);
  });
});
