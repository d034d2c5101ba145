import { describe, expect, it } from 'vitest';
import { pdfOutcomeText } from '../../renderer/components/pdfOutcomeText';

const facts = { fileName: 'dossier.pdf', sha256: 'ab12', pageCount: 1 };
const wording = { document: 'Politiedossier', recorded: 'De verstrekking is vastgelegd.', notRecorded: 'Er is niets vastgelegd.' };

describe('pdfOutcomeText', () => {
  it('names where the file was saved and what was recorded', () => {
    expect(pdfOutcomeText({ outcome: 'saved', savedTo: '/tmp/dossier.pdf', ...facts }, wording)).toBe('Politiedossier opgeslagen: /tmp/dossier.pdf. De verstrekking is vastgelegd.');
  });

  it('counts one page in the singular and more in the plural', () => {
    expect(pdfOutcomeText({ outcome: 'printing', ...facts }, wording)).toBe('Politiedossier staat klaar in het afdrukvenster (1 pagina). De verstrekking is vastgelegd.');
    expect(pdfOutcomeText({ outcome: 'printing', ...facts, pageCount: 4 }, wording)).toBe("Politiedossier staat klaar in het afdrukvenster (4 pagina's). De verstrekking is vastgelegd.");
  });

  it("says a cancelled save recorded nothing, in the screen's own words", () => {
    expect(pdfOutcomeText({ outcome: 'cancelled' }, wording)).toBe('Niet opgeslagen: je hebt het opslaan geannuleerd. Er is niets vastgelegd.');
  });
});
