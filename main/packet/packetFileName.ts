const stamp = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});

/** Letters and digits only, accents dropped: the name must be valid on every file system. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** E.g. `vermissing-sanne-verhoef-2026-03-12-2315.pdf`, on the Dutch clock of the moment it was made. */
export function packetFileName(youth: { firstName: string; lastName: string }, printedAt: string): string {
  return datedPdfName('vermissing', `${youth.firstName} ${youth.lastName}`, printedAt);
}

/** `<kind>-<youth>-<date>-<time>.pdf`: what the file is, about whom, and when it was made. */
export function datedPdfName(kind: string, youthName: string, printedAt: string): string {
  const parts = Object.fromEntries(stamp.formatToParts(Date.parse(printedAt)).map((part) => [part.type, part.value]));
  const name = slug(youthName) || 'jongere';
  return `${kind}-${name}-${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}.pdf`;
}
