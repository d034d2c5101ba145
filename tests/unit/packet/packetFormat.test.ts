import { describe, expect, it } from 'vitest';
import { dutchDay, formatDay, formatInstant, formatInstantShort, yearsOld } from '../../../main/packet/packetFormat';

describe('dates in the packet', () => {
  it('writes moments on the Dutch clock, in winter and in summer time', () => {
    expect(formatInstant('2026-03-12T22:15:00.000Z')).toBe('12 maart 2026 om 23:15');
    expect(formatInstant('2026-07-01T22:05:00.000Z')).toBe('2 juli 2026 om 00:05');
    expect(formatInstantShort('2026-07-01T22:05:00.000Z')).toBe('02-07-2026 00:05');
    expect(dutchDay('2026-07-01T22:05:00.000Z')).toBe('2026-07-02');
  });

  it('shows what is not a date as stored, and nothing as nothing', () => {
    expect(formatInstant('')).toBe('');
    expect(formatInstant('gisteravond')).toBe('gisteravond');
    expect(formatDay('2010-06-15')).toBe('15-06-2010');
    expect(formatDay('onbekend')).toBe('onbekend');
  });

  it('counts completed years, a year older on the birthday itself', () => {
    expect(yearsOld('2010-06-15', '2026-06-14')).toBe(15);
    expect(yearsOld('2010-06-15', '2026-06-15')).toBe(16);
    expect(yearsOld('onbekend', '2026-06-15')).toBeNull();
  });
});
