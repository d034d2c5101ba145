const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `YYYY-MM-DD` as "23 november 2026" (a calendar day, no zone), spelled out so a text reads the same on every PC. */
export function longDutchDate(isoDate: string): string {
  const [year, month, day] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
  return `${day} ${months[month - 1]} ${year}`;
}
