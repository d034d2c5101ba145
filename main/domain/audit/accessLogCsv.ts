import { accessActionLabels, accessObjectLabels, roleLabels, type AccessLogEntry } from '../../../preload/contract';

const columns = ['Volgnummer', 'Tijd', 'Gebruiker', 'Rol', 'Actie', 'Onderdeel', 'Jongere', 'Werkplek', 'Reden', 'Details'];

/**
 * A cell as Excel reads it safely: quoted when needed, and a leading =, +, - or @ defused so a
 * name or reason typed as a formula is never run when the file is opened.
 */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Semicolons and a byte-order mark: what Dutch Excel opens correctly with a double click. */
export function accessLogCsv(entries: Iterable<AccessLogEntry>, formatTime: (iso: string) => string): string {
  const lines = [columns.join(';')];
  for (const entry of entries) {
    lines.push(
      [
        entry.seq,
        formatTime(entry.at),
        entry.userName,
        entry.role ? roleLabels[entry.role] : null,
        accessActionLabels[entry.action],
        accessObjectLabels[entry.objectType],
        entry.youthLabel,
        entry.workstation,
        entry.reason,
        entry.details,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
