import { describe, expect, it } from 'vitest';
import { conflictOfDutiesQuestionKeys, storedCaseDecisionAnswersSchema } from '../../../preload/contract';
import { previewKey } from '../../../renderer/features/meldcode/previewKey';

const blank = storedCaseDecisionAnswersSchema.parse({});
const duties = (text: (index: number) => string) => Object.fromEntries(conflictOfDutiesQuestionKeys.map((key, index) => [key, text(index)])) as typeof blank.conflictOfDuties;

describe('the decision preview asks main again only when what the engine reads changes', () => {
  it('changes with a yes/no answer', () => {
    expect(previewKey({ ...blank, consentToReport: false })).not.toBe(previewKey(blank));
    expect(previewKey({ ...blank, consentToReport: false })).not.toBe(previewKey({ ...blank, consentToReport: null }));
  });

  it('stays the same while the conflict-of-duties texts are typed, and changes once all six are filled', () => {
    const fiveFilled = duties((index) => (index < 5 ? 'Een antwoord' : ''));
    expect(previewKey({ ...blank, conflictOfDuties: fiveFilled })).toBe(previewKey(blank));
    expect(previewKey({ ...blank, conflictOfDuties: duties(() => 'Een') })).toBe(previewKey({ ...blank, conflictOfDuties: duties(() => 'Een langer antwoord') }));
    expect(previewKey({ ...blank, conflictOfDuties: duties(() => 'Een') })).not.toBe(previewKey({ ...blank, conflictOfDuties: fiveFilled }));
  });

  it('counts an answer of only spaces as empty, as main does', () => {
    expect(previewKey({ ...blank, conflictOfDuties: duties(() => '  ') })).toBe(previewKey(blank));
  });
});
