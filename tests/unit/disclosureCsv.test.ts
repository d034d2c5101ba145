import { describe, expect, it } from 'vitest';
import type { DisclosureRow } from '../../db/repositories/disclosures';
import { describeDisclosureFilter } from '../../main/domain/disclosures/describeFilter';
import { disclosureCsv } from '../../main/domain/disclosures/disclosureCsv';
import { registerEntry } from '../../main/domain/disclosures/registerEntry';
import type { DisclosureEntry } from '../../preload/contract';

const entry: DisclosureEntry = {
  id: 'd1',
  youthId: '0f1e2d3c-aaaa-4bbb-8ccc-123456789abc',
  youthName: 'Roos Proef',
  document: 'meldcodeCase',
  sourceId: 'case-1',
  output: 'save',
  recipient: 'Veilig Thuis Regio Voorbeeld',
  recipientPerson: '',
  purpose: 'Advies over een vermoeden van uitbuiting',
  legalGround: 'meldrecht',
  categories: ['Casus', 'Stap 1 · Signalen', 'Dossierlog'],
  fileName: 'meldcode-roos-proef-2026-11-23-1015.pdf',
  sha256: 'ab'.repeat(32),
  disclosedAt: '2026-11-23T09:15:00.000Z',
  disclosedByName: 'Wim Groep',
};

const time = (iso: string) => `tijd(${iso})`;
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('the disclosure register as CSV', () => {
  it('writes the access log’s dialect: byte-order mark, Dutch header, semicolons, CRLF, labels for codes, sections joined', () => {
    const csv = disclosureCsv([entry, { ...entry, document: 'missingPacket', output: 'print', legalGround: 'vitalInterest', categories: [], recipientPerson: 'Agent J. Voorbeeld' }], time);
    expect(csv.startsWith('\uFEFFTijd;Door;')).toBe(true);
    expect(rows(csv)).toEqual([
      'Tijd;Door;Jongere;Document;Uitvoer;Ontvanger;Persoon bij ontvanger;Doel;Grondslag;Onderdelen;Bestandsnaam;SHA-256',
      `tijd(2026-11-23T09:15:00.000Z);Wim Groep;Roos Proef;Casussamenvatting;Opgeslagen als PDF;Veilig Thuis Regio Voorbeeld;;Advies over een vermoeden van uitbuiting;Meldrecht (Veilig Thuis);Casus, Stap 1 · Signalen, Dossierlog;meldcode-roos-proef-2026-11-23-1015.pdf;${'ab'.repeat(32)}`,
      `tijd(2026-11-23T09:15:00.000Z);Wim Groep;Roos Proef;Vermissingspakket politie;Afgedrukt;Veilig Thuis Regio Voorbeeld;Agent J. Voorbeeld;Advies over een vermoeden van uitbuiting;Vitaal belang;;meldcode-roos-proef-2026-11-23-1015.pdf;${'ab'.repeat(32)}`,
      '',
    ]);
  });

  it('quotes and defuses typed text as the access log does', () => {
    const line = rows(disclosureCsv([{ ...entry, recipient: '=HYPERLINK("http://x")', purpose: 'Melding; "spoed"\nbellen', recipientPerson: '@agent' }], time))[1]!;
    expect(line).toContain(`;"'=HYPERLINK(""http://x"")";'@agent;"Melding; ""spoed""\nbellen";`);
  });

  it('is only the header for an empty register', () => {
    expect(rows(disclosureCsv([], time))).toEqual(['Tijd;Door;Jongere;Document;Uitvoer;Ontvanger;Persoon bij ontvanger;Doel;Grondslag;Onderdelen;Bestandsnaam;SHA-256', '']);
  });
});

describe('a register line for a viewer without youth names', () => {
  const row: DisclosureRow = { ...entry, disclosedBy: 'u1' };

  it('keeps everything for a viewer with names, without the discloser’s id', () => {
    expect(registerEntry(row, true)).toEqual(entry);
  });

  const withheld = '(alleen zichtbaar voor de aandachtsfunctionaris)';

  it('puts the reference in place of the name, in the line and in the file name, and withholds the typed purpose and person', () => {
    expect(registerEntry({ ...row, purpose: 'Melding over Roos', recipientPerson: 'Moeder van Roos' }, false)).toEqual({
      ...entry,
      youthName: 'J-0f1e2d3c',
      purpose: withheld,
      recipientPerson: withheld,
      fileName: 'meldcode-J-0f1e2d3c-2026-11-23-1015.pdf',
    });
  });

  it('cuts the name out of a file name by its shape, so a name the youth had then goes too, and withholds any other shape', () => {
    const renamed = (fileName: string) => registerEntry({ ...row, fileName }, false).fileName;
    expect(renamed('melding-veilig-thuis-roosje-oud-2026-11-23-1015.pdf')).toBe('melding-veilig-thuis-J-0f1e2d3c-2026-11-23-1015.pdf');
    expect(renamed('vermissing-roos-proef-2026-11-23-1015.pdf')).toBe('vermissing-J-0f1e2d3c-2026-11-23-1015.pdf');
    expect(renamed('melding-proef-2026-11-23.pdf')).not.toMatch(/proef|roos/i);
    expect(registerEntry({ ...row, document: 'anonymisedConsultation', fileName: 'anoniem-overleg-stap-2-2026-11-23-1015.pdf' }, false).fileName).toBe('anoniem-overleg-stap-2-2026-11-23-1015.pdf');
  });
});

describe('the filter as the access log names it', () => {
  it('says the days and the document, or that there was no filter', () => {
    expect(describeDisclosureFilter({ from: '2026-11-01', to: '2026-11-23', document: 'meldcodeCase' })).toBe('van 2026-11-01 t/m 2026-11-23, Casussamenvatting');
    expect(describeDisclosureFilter({ from: '', to: '2026-11-23', document: null })).toBe('t/m 2026-11-23');
    expect(describeDisclosureFilter({ from: '', to: '', document: 'missingPacket' })).toBe('Vermissingspakket politie');
    expect(describeDisclosureFilter({ from: '', to: '', document: null })).toBe('zonder filter');
  });
});
