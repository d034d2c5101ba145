import { isRealIsoDate } from '../isoDate';
import { recentPhotoMonths } from '../photos';

/**
 * `YYYY-MM-DD` plus whole calendar months; a day the target month lacks becomes its last day
 * (30 November + 3 months = 28 or 29 February), as people count months.
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * A portrait is old once more than `recentPhotoMonths` calendar months have passed: on the day itself it is still recent.
 * A stored day that is not a date at all counts as old, rather than taking the file and the start screen down.
 */
export function isPhotoOld(takenOn: string, today: string): boolean {
  return !isRealIsoDate(takenOn) || today > addCalendarMonths(takenOn, recentPhotoMonths);
}
