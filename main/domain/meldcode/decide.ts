import {
  meldcodeAnswerKeys,
  meldcodeQuestions,
  meldcodeRuleSetVersion,
  type MeldcodeDecision,
  type MeldcodeFramework,
  type MeldcodeInput,
  type Outcome,
} from '../../../preload/contract/meldcode';
import { adultPath } from './adultPath';
import { frameworkOn } from './framework';
import { longDutchDate } from '../dates/longDutchDate';
import { minorPath } from './minorPath';
import { needed, type Ending, type Walk } from './walk';

export type { MeldcodeDecision, MeldcodeInput, Outcome, Tri } from '../../../preload/contract/meldcode';

/**
 * The meldcode's step-5 decision (domain.md §3.1), computed from the answers and explained by its
 * trace. Pure: no clock (the decision date is an input), so the same answers give the same result.
 * While an answer the path needs is open, the result is `incomplete` and names it; acute danger
 * never waits for that, so 'call-112' is in the outcomes whenever acute danger is answered yes.
 */
export function decideMeldcode(input: MeldcodeInput): MeldcodeDecision {
  const framework = frameworkOn(input.dateOfBirth, input.decisionDate);
  const walk: Walk = { trace: [frameworkSentence(framework, input.decisionDate)], missing: [] };
  const ending = walkToEnd(input, framework, walk);
  const missing = [...walk.missing].sort((a, b) => meldcodeAnswerKeys.indexOf(a) - meldcodeAnswerKeys.indexOf(b));
  const first: Outcome[] = input.acuteDanger === true ? ['call-112'] : [];
  const base = { framework, ruleSetVersion: meldcodeRuleSetVersion };

  if (ending === undefined || missing.length > 0) {
    const open = missing.map((key) => `Nog niet beantwoord: ${meldcodeQuestions[key]}`);
    return { ...base, status: 'incomplete', outcomes: first, alsoConsider: [], missing, trace: [...walk.trace, ...open] };
  }
  return { ...base, status: 'decided', outcomes: [...first, ...ending.outcomes], alsoConsider: ending.alsoConsider, missing: [], trace: walk.trace };
}

/**
 * Acute danger comes before everything, for every age, and is named even where the case closes:
 * a danger answered yes is acted on, whatever the suspicion of exploitation turned out to be. It
 * is required (named as missing) once a suspicion remains, for both frameworks; when the
 * suspicion is gone the case closes without asking it.
 */
function walkToEnd(input: MeldcodeInput, framework: MeldcodeFramework, walk: Walk): Ending | undefined {
  if (input.acuteDanger === true) walk.trace.push('Er is acuut gevaar: bel eerst 112, vóór al het andere.');

  const remains = needed(walk, input, 'suspicionRemains');
  if (remains === null) return undefined;
  if (!remains) {
    walk.trace.push('Na stap 4 is het vermoeden weggenomen: de casus wordt gesloten, met alles vastgelegd.');
    return { outcomes: ['close-unfounded'], alsoConsider: [] };
  }
  walk.trace.push('Na stap 4 blijft een vermoeden bestaan: beslissen in stap 5.');
  if (needed(walk, input, 'acuteDanger') === false) walk.trace.push('Er is geen acuut gevaar.');

  return framework === 'minor' ? minorPath(input, walk) : adultPath(input, walk);
}

function frameworkSentence(framework: MeldcodeFramework, decisionDate: string): string {
  const date = longDutchDate(decisionDate);
  return framework === 'minor'
    ? `Jonger dan 18 op ${date}: het afwegingskader van de meldcode geldt.`
    : `18 jaar of ouder op ${date}: de meldcode voor volwassenen geldt, met het beroepsgeheim.`;
}
