import { describe, expect, it } from 'vitest';
import { demoYouths } from '../../main/demo/demoYouths';
import { newYouthSchema } from '../../preload/contract';

function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

describe('demo youths', () => {
  it.each(['2026-01-01', '2026-11-23', '2027-12-31', '2028-02-29'])('stay 12 to 19 years old and valid on %s', (today) => {
    const youths = demoYouths(new Date(`${today}T12:00:00Z`));
    expect(youths.length).toBeGreaterThanOrEqual(10);
    for (const youth of youths) {
      expect(newYouthSchema.safeParse({ ...youth, locationId: 'locatie' }).success).toBe(true);
      expect(ageOn(youth.dateOfBirth, today)).toBeGreaterThanOrEqual(12);
      expect(ageOn(youth.dateOfBirth, today)).toBeLessThanOrEqual(19);
    }
  });
});
