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
});
