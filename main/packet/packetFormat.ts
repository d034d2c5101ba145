import { isRealIsoDate } from '../../preload/contract/isoDate';
import { ageInYears } from '../../preload/contract/rules/age';

/**
 * How the packet writes dates and times: Dutch, on the Dutch clock whatever zone the PC or the
 * CI machine is set to, since the police read the times as Dutch times.
 */
const zone = 'Europe/Amsterdam';
const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
const shortDateTime = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone });
const dayInZone = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });

/** An ISO instant as "12 maart 2026 om 23:15"; '' stays '' and text that is no instant is shown as stored. */
export function formatInstant(iso: string): string {
  if (iso === '') return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTime.format(time);
}

/** An ISO instant as "12-03-2026 23:15", for narrow table columns. */
export function formatInstantShort(iso: string): string {
  if (iso === '') return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : shortDateTime.format(time).replace(',', '');
}

/** `YYYY-MM-DD` as "14-03-2011"; anything else as stored. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : isoDate;
}

/** The Dutch calendar day of an instant, as `YYYY-MM-DD`. */
export function dutchDay(iso: string): string {
  return dayInZone.format(Date.parse(iso));
}

/** Completed years on `today` (`YYYY-MM-DD`); null when the stored birth date is no date. */
export function yearsOld(dateOfBirth: string, today: string): number | null {
  return isRealIsoDate(dateOfBirth) ? ageInYears(dateOfBirth, today) : null;
}

/** Parts that are filled, joined; '' when none is. */
export function joined(parts: readonly string[], separator = ', '): string {
  return parts.map((part) => part.trim()).filter((part) => part !== '').join(separator);
}
