import { describe, expect, it } from 'vitest';
import { nextUpdatedAt } from '../../main/domain/youths/nextUpdatedAt';

const stored = '2026-11-23T18:48:00.000Z';

describe('the stamp a save gives the youth', () => {
  it('is the time of the save when the clock has moved on', () => {
    expect(nextUpdatedAt(stored, new Date('2026-11-23T18:50:00.000Z'))).toBe('2026-11-23T18:50:00.000Z');
  });

  it('is a millisecond past the stored one within the same millisecond or on a clock set back, never a stamp seen before', () => {
    expect(nextUpdatedAt(stored, new Date(stored))).toBe('2026-11-23T18:48:00.001Z');
    expect(nextUpdatedAt(stored, new Date('2026-11-22T09:00:00.000Z'))).toBe('2026-11-23T18:48:00.001Z');
  });

  it('is the time of the save when the stored stamp is no date, so the youth can still be saved', () => {
    const now = new Date('2026-11-23T18:50:00.000Z');
    for (const damaged of ['', 'gisteren', '2026-13-45T99:00:00.000Z', '+275760-09-13T00:00:00.000Z']) {
      expect(nextUpdatedAt(damaged, now)).toBe('2026-11-23T18:50:00.000Z');
    }
  });
});
