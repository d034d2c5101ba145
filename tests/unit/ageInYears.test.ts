import { describe, expect, it } from 'vitest';
import { ageInYears } from '../../preload/contract/rules/age';

describe('age in completed years', () => {
  it('turns a year older on the birthday itself, and on 1 March for someone born on 29 February', () => {
    expect(ageInYears('2012-05-12', '2026-05-11')).toBe(13);
    expect(ageInYears('2012-05-12', '2026-05-12')).toBe(14);
    expect(ageInYears('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageInYears('2012-02-29', '2026-03-01')).toBe(14);
  });
});
