/**
 * The stamp a save gives the youth: now, or a millisecond past the stored one when the clock has
 * not moved beyond it (two saves within a millisecond, a clock set back). Every save then gets a
 * stamp no earlier save had, so a form that started from an older one is always recognised.
 * A stored stamp that is no date (damaged, or at the very end of what a Date holds) must not
 * block every later save of the youth: the save is then stamped now.
 */
export function nextUpdatedAt(stored: string, now: Date): string {
  const next = new Date(Math.max(now.getTime(), Date.parse(stored) + 1));
  return Number.isNaN(next.getTime()) ? now.toISOString() : next.toISOString();
}
