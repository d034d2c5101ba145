import { describe, expect, it } from 'vitest';
import { proposeShare } from '../../../main/domain/sharing/proposeShare';
import { caseShareSections, recipientText, shareTemplates, type ShareSection, type ShareTemplate } from '../../../preload/contract';

const proposed = (template: ShareTemplate, hasCase: boolean) =>
  proposeShare(template, hasCase)
    .sections.filter((section) => section.proposed)
    .map((section) => section.id);

describe('the minimal sections per template', () => {
  it.each(shareTemplates.flatMap((template) => [true, false].map((hasCase) => [template, hasCase] as const)))(
    '%s (case: %s) never proposes an interpretation, and offers case sections only with a case',
    (template, hasCase) => {
      const { sections } = proposeShare(template, hasCase);
      const interpretations = sections.filter((section) => section.nature === 'interpretation');
      expect(interpretations.map((section) => section.id)).toEqual(['interpretations', 'gutFeelings', 'weighing']);
      expect(interpretations.every((section) => !section.proposed)).toBe(true);
      expect(interpretations.filter((section) => section.available).every((section) => section.reason.includes('geen feit'))).toBe(true);
      const caseParts = sections.filter((section) => (caseShareSections as readonly ShareSection[]).includes(section.id));
      expect(caseParts.every((section) => section.available === hasCase)).toBe(true);
      if (!hasCase) expect(caseParts.every((section) => !section.proposed && section.reason.startsWith('Kies eerst een meldcodecasus'))).toBe(true);
    },
  );

  it('gives the police what it takes to recognise and find the youth, and Veilig Thuis the meldcode’s course instead', () => {
    expect(proposed('policeReport', true)).toEqual(['personalia', 'description', 'photo', 'facts', 'events', 'observations', 'missingEpisodes', 'network']);
    expect(proposed('veiligThuisReport', true)).toEqual(['personalia', 'facts', 'events', 'observations', 'missingEpisodes', 'meldcodeSteps', 'decision', 'followThrough']);
    expect(proposed('veiligThuisReport', false)).toEqual(['personalia', 'facts', 'events', 'observations', 'missingEpisodes']);
    expect(proposed('caseSummary', true)).toEqual(['facts', 'events', 'observations', 'meldcodeSteps', 'decision', 'followThrough', 'caseLog']);
  });

  it('proposes recipient and ground where the template implies them, and leaves the case summary’s ground to the user', () => {
    expect(proposeShare('veiligThuisReport', false)).toMatchObject({ recipient: 'veiligThuis', legalGround: 'meldrecht' });
    expect(proposeShare('policeReport', false)).toMatchObject({ recipient: 'policeAvim', legalGround: 'conflictOfDuties' });
    expect(proposeShare('caseSummary', true)).toMatchObject({ recipient: 'zorgcoordinator', legalGround: null });
  });
});

describe('the recipient as printed and registered', () => {
  it('names the organisation, with the addition typed, or only the name typed for another recipient', () => {
    expect(recipientText('veiligThuis', '')).toBe('Veilig Thuis');
    expect(recipientText('policeAvim', 'eenheid Noord')).toBe('Politie (AVIM) — eenheid Noord');
    expect(recipientText('other', 'Jeugdbescherming Voorbeeld')).toBe('Jeugdbescherming Voorbeeld');
  });
});
