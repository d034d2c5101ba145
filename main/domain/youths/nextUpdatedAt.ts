/**
 * The stamp a save gives the youth: now, or a millisecond past the stored one when the clock has
 * not moved beyond it (two saves within a millisecond, a clock set back). Every save then gets a
 * stamp no earlier save had, so a form that started from an older one is always recognised.
 */
export function nextUpdatedAt(stored: string, now: Date): string {
  return new Date(Math.max(now.getTime(), Date.parse(stored) + 1)).toISOString();
}
