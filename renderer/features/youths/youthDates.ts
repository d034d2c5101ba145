/** `YYYY-MM-DD` → `dd-mm-jjjj`, the way Dutch staff write dates. */
export function formatDutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}-${month}-${year}` : isoDate;
}

/** The same "today" main's date checks use. */
export { localTodayIso } from '../../../preload/contract/isoDate';

/** Completed years; someone born on 29 February turns a year older on 1 March. */
export function ageInYears(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
