/** `YYYY-MM-DD` → `dd-mm-jjjj`, the way Dutch staff write dates. */
export function formatDutchDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}-${month}-${year}` : isoDate;
}

/** The same "today" main's date checks use. */
export { localTodayIso } from '../../../preload/contract/isoDate';

/** Completed years, counted as main counts them for the packet and the urgency suggestions. */
export { ageInYears } from '../../../preload/contract/rules/age';
