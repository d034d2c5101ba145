/** The zone of the care homes' PCs; named explicitly so a server or CI clock in UTC gives the same day. */
const careZone = 'Europe/Amsterdam';

const calendarDate = new Intl.DateTimeFormat('en-CA', { timeZone: careZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (`YYYY-MM-DD`) at this moment in the Netherlands; 23:30 UTC is already tomorrow there. */
export function localDateOf(moment: Date): string {
  const parts = Object.fromEntries(calendarDate.formatToParts(moment).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
