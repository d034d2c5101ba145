/**
 * Whole days on this computer's calendar (`YYYY-MM-DD`, `to` included) as the ISO instants stored
 * times compare with: `from` included, `until` (the start of the day after `to`) not.
 */
export function localDayRange(days: { from?: string; to?: string }): { from?: string; until?: string } {
  const dayStart = (date: string) => new Date(`${date}T00:00:00`);
  const nextDayStart = (date: string) => {
    const day = dayStart(date);
    day.setDate(day.getDate() + 1);
    return day;
  };
  return {
    ...(days.from ? { from: dayStart(days.from).toISOString() } : {}),
    ...(days.to ? { until: nextDayStart(days.to).toISOString() } : {}),
  };
}
