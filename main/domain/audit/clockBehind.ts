/** Beyond this, a clock behind the newest log entry was set back (not just a second PC's drift). */
export const clockToleranceMs = 5 * 60_000;

/**
 * The access log's newest entry is a floor the clock should never be under: when it is, the
 * clock was set back, and anything timed (emergency access) must not trust it.
 */
export function isClockBehind(now: Date, newestLoggedAt: string | undefined): boolean {
  return newestLoggedAt !== undefined && now.getTime() < Date.parse(newestLoggedAt) - clockToleranceMs;
}
