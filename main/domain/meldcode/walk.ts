import type { MeldcodeAnswerKey, MeldcodeInput, Outcome } from '../../../preload/contract/meldcode';

/** What a path gathers on its way: the trace's sentences and the answers it still needs. */
export interface Walk {
  trace: string[];
  missing: MeldcodeAnswerKey[];
}

/** Where a path ends once the answers it needs are given. */
export interface Ending {
  outcomes: Outcome[];
  alsoConsider: Outcome[];
}

/** An answer the path needs: returned as given, and named as missing when it is still open. */
export function needed(walk: Walk, input: MeldcodeInput, key: MeldcodeAnswerKey): boolean | null {
  const answer = input[key];
  if (answer === null) walk.missing.push(key);
  return answer;
}
