import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoYouths } from '../../main/demo/demoYouths';
import { newYouthSchema } from '../../preload/contract';

function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('demo youths', () => {
  it.each(['2026-01-01', '2026-11-23', '2027-12-31', '2028-02-29'])('stay 12 to 19 years old and valid on %s', (today) => {
    // The contract checks dates against the clock (no future start dates): run it on that day.
    vi.useFakeTimers({ now: new Date(`${today}T12:00:00Z`) });
    const youths = demoYouths(new Date());
    expect(youths.length).toBeGreaterThanOrEqual(10);
    for (const youth of youths) {
      expect(newYouthSchema.safeParse({ ...youth, locationId: 'locatie' }).error).toBeUndefined();
      expect(ageOn(youth.dateOfBirth, today)).toBeGreaterThanOrEqual(12);
      expect(ageOn(youth.dateOfBirth, today)).toBeLessThanOrEqual(19);
    }
  });

  it('give most youths an alias, a legal framework, a contact and a phone, and every profile section somewhere', () => {
    const youths = demoYouths(new Date());
    expect(youths.filter((youth) => youth.alias !== '').length).toBeGreaterThanOrEqual(5);
    expect(youths.filter((youth) => youth.profile && youth.profile.contacts.length > 0 && youth.profile.phones.length > 0).length).toBeGreaterThanOrEqual(8);
    expect(new Set(youths.map((youth) => youth.profile?.placement.legalFramework))).toEqual(new Set(['voluntary', 'ots', 'guardianship', 'closedCare']));
    const all = youths.flatMap((youth) => (youth.profile ? [youth.profile] : []));
    for (const part of ['marks', 'socialMedia'] as const) expect(all.some((profile) => profile[part].length > 0)).toBe(true);
    expect(all.some((profile) => profile.medical.medications.length > 0)).toBe(true);
    expect(all.some((profile) => profile.identity.bsn !== '')).toBe(true);
    expect(all.some((profile) => profile.vulnerabilities.lvb !== 'none')).toBe(true);
  });
});
