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
    expect(countersignNeeded(policy, { chosenOutcomes: outcomes as readonly Outcome[], computedOutcomes: outcomes as readonly Outcome[] })).toBe(needed);
  });

  it("under 'reports', a deviation that drops a report the engine asked for needs a second signature too", () => {
    expect(countersignNeeded('reports', { chosenOutcomes: ['own-help', 'monitor'], computedOutcomes: ['report-veilig-thuis'] })).toBe(true);
    expect(countersignNeeded('reports', { chosenOutcomes: ['own-help', 'monitor'], computedOutcomes: ['call-112', 'report-police-avim'] })).toBe(true);
    expect(countersignNeeded('reports', { chosenOutcomes: ['own-help', 'monitor', 'seek-consent'], computedOutcomes: ['own-help', 'monitor'] })).toBe(false);
    expect(countersignNeeded('none', { chosenOutcomes: ['own-help'], computedOutcomes: ['report-veilig-thuis'] })).toBe(false);
  });
});
