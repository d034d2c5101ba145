import { describe, expect, it } from 'vitest';
import { countersignNeeded } from '../../../main/domain/meldcode/countersignNeeded';
import type { Outcome } from '../../../preload/contract';

describe('whether a confirmed decision waits for a second signature', () => {
  it.each([
    ['reports', ['report-veilig-thuis'], true],
    ['reports', ['call-112', 'report-police-avim'], true],
    ['reports', ['report-meld-misdaad-anoniem'], true],
    ['reports', ['own-help', 'monitor'], false],
    ['reports', ['call-112'], false],
    ['reports', ['close-unfounded'], false],
    ['all', ['own-help', 'monitor'], true],
    ['all', ['close-unfounded'], true],
    ['none', ['report-veilig-thuis'], false],
  ] as const)('policy %s with %j: %s', (policy, outcomes, needed) => {
    expect(countersignNeeded(policy, outcomes as readonly Outcome[])).toBe(needed);
  });
});
