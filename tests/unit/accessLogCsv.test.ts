import { describe, expect, it } from 'vitest';
import { accessLogCsv } from '../../main/domain/audit/accessLogCsv';
import type { AccessLogEntry } from '../../preload/contract';

const entry: AccessLogEntry = {
  seq: 7,
  at: '2026-11-23T09:15:00.000Z',
  userName: 'Wim Groep',
  role: 'groupWorker',
  action: 'read',
  objectType: 'youth',
  objectId: 'y1',
  youthId: 'y1',
  youthLabel: 'Roos Proef',
  workstation: 'PC-GROEP-1',
  reason: null,
  details: null,
};

const time = (iso: string) => `tijd(${iso})`;

function rows(csv: string): string[] {
  return csv.replace(/^\uFEFF/, '').split('\r\n');
}

describe('the access log as CSV', () => {
  it('starts with a byte-order mark and a Dutch header, separated by semicolons, lines ending in CRLF', () => {
    const csv = accessLogCsv([entry], time);
    expect(csv.startsWith('\uFEFFVolgnummer;Tijd;Gebruiker;Rol;Actie;Onderdeel;Jongere;Werkplek;Reden;Details\r\n')).toBe(true);
    expect(rows(csv)).toEqual([
      'Volgnummer;Tijd;Gebruiker;Rol;Actie;Onderdeel;Jongere;Werkplek;Reden;Details',
      '7;tijd(2026-11-23T09:15:00.000Z);Wim Groep;Groepswerker;Ingezien;Dossier;Roos Proef;PC-GROEP-1;;',
      '',
    ]);
  });

  it('quotes cells holding a semicolon, a quote or a line break, doubling the quotes', () => {
    const csv = accessLogCsv([{ ...entry, reason: 'Vermist; "politie" belt\nterug', details: 'a"b' }], time);
    expect(rows(csv)[1]).toBe('7;tijd(2026-11-23T09:15:00.000Z);Wim Groep;Groepswerker;Ingezien;Dossier;Roos Proef;PC-GROEP-1;"Vermist; ""politie"" belt\nterug";"a""b"');
  });

  it('defuses cells Excel would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const csv = accessLogCsv([{ ...entry, youthLabel: `${start}HYPERLINK("http://x")`, reason: `${start}1+1` }], time);
      const line = csv.split('PC-GROEP-1')[0]!;
      expect(line, JSON.stringify(start)).toContain(`'${start}HYPERLINK`);
      expect(csv, JSON.stringify(start)).toContain(`'${start}1+1`);
    }
    const csv = accessLogCsv([{ ...entry, userName: '=cmd|/c calc!A1', details: '=1;2' }], time);
    expect(rows(csv)[1]).toBe(`7;tijd(2026-11-23T09:15:00.000Z);'=cmd|/c calc!A1;Groepswerker;Ingezien;Dossier;Roos Proef;PC-GROEP-1;;"'=1;2"`);
  });

  it('leaves ordinary text as it is and writes empty cells for missing values', () => {
    const csv = accessLogCsv([{ ...entry, userName: null, role: null, youthLabel: null, action: 'loginFailed', objectType: 'session', details: 'onbekende gebruikersnaam' }], time);
    expect(rows(csv)[1]).toBe('7;tijd(2026-11-23T09:15:00.000Z);;;Inloggen mislukt;Sessie;;PC-GROEP-1;;onbekende gebruikersnaam');
    expect(rows(accessLogCsv([], time))).toEqual(['Volgnummer;Tijd;Gebruiker;Rol;Actie;Onderdeel;Jongere;Werkplek;Reden;Details', '']);
  });
});
