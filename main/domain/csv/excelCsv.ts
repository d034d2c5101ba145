export type CsvValue = string | number | null;

/**
 * A cell as Excel reads it safely: quoted when needed, and a leading =, +, - or @ defused so a
 * name or reason typed as a formula is never run when the file is opened.
 */
function cell(value: CsvValue): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Semicolons, CRLF and a byte-order mark: what Dutch Excel opens correctly with a double click. */
export function excelCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(cell).join(';')];
  for (const row of rows) lines.push(row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const dutchTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

/** A stored moment as a CSV cell: Dutch date and time, to the second. */
export const csvTime = (iso: string) => dutchTime.format(new Date(iso));

/** `<kind>-YYYYMMDDHHMM.csv`, stamped with the moment it was made. */
export const csvFileName = (kind: string, nowIso: string) => `${kind}-${nowIso.slice(0, 16).replace(/[-:T]/g, '')}.csv`;
