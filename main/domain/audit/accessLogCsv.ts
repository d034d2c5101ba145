import { accessActionLabels, accessObjectLabels, roleLabels, type AccessLogEntry } from '../../../preload/contract';
import { excelCsv } from '../csv/excelCsv';

const columns = ['Volgnummer', 'Tijd', 'Gebruiker', 'Rol', 'Actie', 'Onderdeel', 'Jongere', 'Werkplek', 'Reden', 'Details'];

export function accessLogCsv(entries: Iterable<AccessLogEntry>, formatTime: (iso: string) => string): string {
  return excelCsv(
    columns,
    Array.from(entries, (entry) => [
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
    ]),
  );
}
