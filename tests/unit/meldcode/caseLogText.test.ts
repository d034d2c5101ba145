import { describe, expect, it } from 'vitest';
import { caseLogText } from '../../../main/domain/meldcode/caseLogText';
import { storedCaseConversationSchema, storedCaseWeighingSchema } from '../../../preload/contract';

describe('the case log’s sentences', () => {
  it('opening names the title, the suspicion and how many signals came along', () => {
    expect(caseLogText.opened('sexualExploitation', 'Oudere vriend', 1)).toEqual({ step: null, text: 'Casus geopend: “Oudere vriend” (Vermoeden van seksuele uitbuiting), met 1 signaal.' });
    expect(caseLogText.opened('other', 'Zorgen', 3).text).toBe('Casus geopend: “Zorgen” (Ander vermoeden van geweld of uitbuiting), met 3 signalen.');
  });

  it('a saved part names its step and the fields that changed, never their content', () => {
    const before = storedCaseConversationSchema.parse({ held: true, reaction: 'Boos' });
    const after = storedCaseConversationSchema.parse({ held: true, reaction: 'Stil', interpretation: 'Geheim' });
    expect(caseLogText.partSaved('conversation', before, after)).toEqual({ step: 3, text: 'Gesprek met de jongere opgeslagen; gewijzigd: reactie van de jongere, interpretatie.' });
    expect(caseLogText.partSaved('conversation', after, after).text).toBe('Gesprek met de jongere opgeslagen, zonder wijzigingen.');
    const weighing = storedCaseWeighingSchema.parse({ outcome: 'remains' });
    expect(caseLogText.partSaved('weighing', null, weighing).text).toContain('gewijzigd: vragenlijst, aard van het risico, ernst');
    expect(caseLogText.partSaved('signals', { signalIds: [], note: '' }, { signalIds: ['s1'], note: '' })).toEqual({ step: 1, text: 'Signalen opgeslagen; gewijzigd: gekoppelde signalen.' });
  });

  it('a consultation says with whom and whether it was anonymous; a follow-up whether the help works', () => {
    expect(caseLogText.consultation({ heldOn: '2026-11-02', consultantKind: 'zorgcoordinator', withWhom: 'J. de Vries', anonymous: true })).toEqual({
      step: 2,
      text: 'Consultatie van 2 november 2026 vastgelegd, met J. de Vries (Zorgcoördinator mensenhandel), geanonimiseerd.',
    });
    expect(caseLogText.consultation({ heldOn: '2026-11-02', consultantKind: 'colleague', withWhom: 'Mentor', anonymous: false }).text).toContain('niet anoniem');
    expect(caseLogText.followUp({ heldOn: '2026-12-01', helpEffective: true }).text).toBe('Vervolgmoment van 1 december 2026 vastgelegd: de hulp brengt binnen de afgesproken tijd de nodige veiligheid.');
    expect(caseLogText.followUp({ heldOn: '2026-12-01', helpEffective: false }).text).toContain('niet binnen de afgesproken tijd');
  });

  it('a decision names its outcomes and rule set, a deviation its reason, and a pending second signature', () => {
    const confirmed = { chosenOutcomes: ['own-help', 'monitor'] as const, computedOutcomes: ['own-help', 'monitor'] as const, deviationReason: '', ruleSetVersion: 'meldcode-2026.2', countersignRequired: false };
    expect(caseLogText.decision({ ...confirmed, chosenOutcomes: [...confirmed.chosenOutcomes], computedOutcomes: [...confirmed.computedOutcomes] })).toEqual({
      step: 5,
      text: 'Besluit bevestigd: Zelf hulp bieden of organiseren (5a); Het effect van de hulp volgen op afgesproken momenten (regels meldcode-2026.2).',
    });
    const deviated = caseLogText.decision({ chosenOutcomes: ['report-veilig-thuis'], computedOutcomes: [], deviationReason: 'Veilig Thuis adviseerde te melden', ruleSetVersion: 'meldcode-2026.2', countersignRequired: true });
    expect(deviated.text).toBe(
      'Besluit bevestigd: Melden bij Veilig Thuis (regels meldcode-2026.2). Afgeweken van de uitkomst (geen uitkomst): reden: Veilig Thuis adviseerde te melden. Wacht op een tweede handtekening.',
    );
  });

  it('a countersignature names the decision’s day on this PC’s calendar and who confirmed it; closing gives the reason', () => {
    expect(caseLogText.countersigned('2026-11-22T23:30:00.000Z', 'Olga Aandacht').text).toBe('Besluit van 23 november 2026, bevestigd door Olga Aandacht, medeondertekend.');
    expect(caseLogText.closed('Vermoeden weggenomen.')).toEqual({ step: null, text: 'Casus gesloten. Reden: Vermoeden weggenomen.' });
    expect(caseLogText.closed('Verhuisd').text).toBe('Casus gesloten. Reden: Verhuisd.');
  });
});
