import { monthNames } from './identifierVariants';

/** A date (`YYYY-MM-DD`) no more exactly than "maart 2026": a day can point at a person. '' when it is no date. */
export function monthYear(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  return match && month ? `${month[0]} ${match[1]}` : '';
}
