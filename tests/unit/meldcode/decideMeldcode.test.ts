import { describe, expect, it } from 'vitest';
import { decideMeldcode, type MeldcodeInput, type Outcome } from '../../../main/domain/meldcode/decide';
import { meldcodeAnswerKeys, meldcodeInputSchema, meldcodeQuestions, meldcodeRuleSetVersion } from '../../../preload/contract/meldcode';

/** Nothing answered yet, decided on 23 November 2026. */
function unanswered(dateOfBirth: string): MeldcodeInput {
  return {
    decisionDate: '2026-11-23',
    dateOfBirth,
    suspicionRemains: null,
    acuteDanger: null,
    structuralUnsafety: null,
    ownHelpPossible: null,
    helpAccepted: null,
    helpEffective: null,
    riskAvertableByOwnHelp: null,
    seriousDanger: null,
    realChanceOfHarm: null,
    consentToReport: null,
    conflictOfDutiesAnswered: false,
    wantsAnonymity: null,
  };
}
const minorBirth = '2011-03-10';
const adultBirth = '2000-06-15';

interface Row {
  name: string;
  answers: Partial<MeldcodeInput>;
  status: 'decided' | 'incomplete';
  outcomes: Outcome[];
  alsoConsider?: Outcome[];
  missing?: (keyof MeldcodeInput)[];
}

const veiligThuis: Pick<Row, 'status' | 'outcomes' | 'alsoConsider'> = { status: 'decided', outcomes: ['report-veilig-thuis'], alsoConsider: ['report-police-avim'] };
const ownHelp: Pick<Row, 'status' | 'outcomes'> = { status: 'decided', outcomes: ['own-help', 'monitor'] };
/** A minor's own help: AVIM is offered beside it as well. */
const minorOwnHelp: Pick<Row, 'status' | 'outcomes' | 'alsoConsider'> = { ...ownHelp, alsoConsider: ['report-police-avim'] };
const open = (...missing: (keyof MeldcodeInput)[]): Pick<Row, 'status' | 'outcomes' | 'missing'> => ({ status: 'incomplete', outcomes: [], missing });

/** Past step 4 for a minor, without acute or structural unsafety. */
const minorSafeNow = { suspicionRemains: true, acuteDanger: false, structuralUnsafety: false };
/** Both help questions answered yes. */
const minorHelpWorks = { ...minorSafeNow, ownHelpPossible: true, helpAccepted: true };

const minorRows: Row[] = [
  { name: 'nothing answered: asks whether a suspicion remains, nothing further yet', answers: {}, ...open('suspicionRemains') },
  { name: 'acute danger before the suspicion is weighed: 112 now, the decision still open', answers: { acuteDanger: true }, status: 'incomplete', outcomes: ['call-112'], missing: ['suspicionRemains'] },
  { name: 'q1 no: close, without asking about unsafety', answers: { suspicionRemains: false }, status: 'decided', outcomes: ['close-unfounded'] },
  { name: 'q1 no with acute danger answered yes: 112 first, then close', answers: { suspicionRemains: false, acuteDanger: true }, status: 'decided', outcomes: ['call-112', 'close-unfounded'] },
  { name: 'q1 yes, acute unknown: asks it (and structural unsafety)', answers: { suspicionRemains: true }, ...open('acuteDanger', 'structuralUnsafety') },
  {
    name: 'q2 acute: 112, then Veilig Thuis required; own help and AVIM besides; structural and help questions not asked',
    answers: { suspicionRemains: true, acuteDanger: true },
    status: 'decided',
    outcomes: ['call-112', 'report-veilig-thuis'],
    alsoConsider: ['report-police-avim', 'own-help'],
  },
  {
    name: 'q2 structural: Veilig Thuis required, own help and AVIM besides; help questions not asked',
    answers: { suspicionRemains: true, acuteDanger: false, structuralUnsafety: true },
    status: 'decided',
    outcomes: ['report-veilig-thuis'],
    alsoConsider: ['report-police-avim', 'own-help'],
  },
  { name: 'q2 structural yes but acute unknown: acute is still needed for 112', answers: { suspicionRemains: true, structuralUnsafety: true }, ...open('acuteDanger') },
  { name: 'q2 structural no and acute unknown: acute decides q2', answers: { suspicionRemains: true, structuralUnsafety: false, ownHelpPossible: true }, ...open('acuteDanger') },
  { name: 'q2 no acute, structural unknown', answers: { suspicionRemains: true, acuteDanger: false }, ...open('structuralUnsafety') },
  { name: 'q3 unknown', answers: minorSafeNow, ...open('ownHelpPossible') },
  { name: 'q3 no: Veilig Thuis, AVIM besides', answers: { ...minorSafeNow, ownHelpPossible: false }, ...veiligThuis },
  { name: 'q4 unknown', answers: { ...minorSafeNow, ownHelpPossible: true }, ...open('helpAccepted') },
  { name: 'q4 no: Veilig Thuis, AVIM besides', answers: { ...minorSafeNow, ownHelpPossible: true, helpAccepted: false }, ...veiligThuis },
  { name: 'first decision, 2 no and 3, 4 yes: own help with monitoring (q5 not yet due)', answers: minorHelpWorks, ...minorOwnHelp },
  { name: 'q5 at a follow-up, help effective: own help continues with monitoring', answers: { ...minorHelpWorks, helpEffective: true }, ...minorOwnHelp },
  { name: 'q5 at a follow-up, help not effective: (re)report to Veilig Thuis', answers: { ...minorHelpWorks, helpEffective: false }, ...veiligThuis },
  {
    name: 'adult answers play no part for a minor',
    answers: { ...minorSafeNow, riskAvertableByOwnHelp: true, seriousDanger: true, consentToReport: false, wantsAnonymity: true },
    ...open('ownHelpPossible'),
  },
  { name: 'a minor is never asked about anonymity or consent', answers: { ...minorSafeNow, ownHelpPossible: false, wantsAnonymity: null, consentToReport: null }, ...veiligThuis },
];

/** Past step 4 for an adult, no acute danger, risk not avertable by own help. */
const adultAtRisk = { suspicionRemains: true, acuteDanger: false, riskAvertableByOwnHelp: false };
/** ...and serious danger threatens. */
const adultInDanger = { ...adultAtRisk, seriousDanger: true };

const adultRows: Row[] = [
  { name: 'nothing answered', answers: {}, ...open('suspicionRemains') },
  { name: 'suspicion gone: close', answers: { suspicionRemains: false }, status: 'decided', outcomes: ['close-unfounded'] },
  { name: 'suspicion remains, nothing else answered', answers: { suspicionRemains: true }, ...open('acuteDanger', 'riskAvertableByOwnHelp') },
  { name: 'acute danger unknown while own help would do: acute is still asked', answers: { suspicionRemains: true, riskAvertableByOwnHelp: true }, ...open('acuteDanger') },
  { name: 'risk avertable: own help with monitoring; consent never asked', answers: { suspicionRemains: true, acuteDanger: false, riskAvertableByOwnHelp: true }, ...ownHelp },
  {
    name: 'risk avertable with acute danger: 112 first',
    answers: { suspicionRemains: true, acuteDanger: true, riskAvertableByOwnHelp: true },
    status: 'decided',
    outcomes: ['call-112', 'own-help', 'monitor'],
  },
  { name: 'serious danger and harm both unknown', answers: adultAtRisk, ...open('seriousDanger', 'realChanceOfHarm') },
  { name: 'no serious danger, harm unknown', answers: { ...adultAtRisk, seriousDanger: false }, ...open('realChanceOfHarm') },
  { name: 'no chance of harm, serious danger unknown', answers: { ...adultAtRisk, realChanceOfHarm: false }, ...open('seriousDanger') },
  {
    name: 'neither serious danger nor harm: own help, monitoring, keep seeking consent; consent not asked',
    answers: { ...adultAtRisk, seriousDanger: false, realChanceOfHarm: false },
    status: 'decided',
    outcomes: ['own-help', 'monitor', 'seek-consent'],
  },
  {
    name: 'serious danger alone suffices (harm unanswered); with consent, no anonymity: police AVIM',
    answers: { ...adultInDanger, consentToReport: true, wantsAnonymity: false },
    status: 'decided',
    outcomes: ['report-police-avim'],
  },
  {
    name: 'real chance of harm alone suffices (serious danger unanswered); with consent, anonymous: Meld Misdaad Anoniem',
    answers: { ...adultAtRisk, realChanceOfHarm: true, consentToReport: true, wantsAnonymity: true },
    status: 'decided',
    outcomes: ['report-meld-misdaad-anoniem'],
  },
  {
    name: 'no serious danger but a real chance of harm: report',
    answers: { ...adultAtRisk, seriousDanger: false, realChanceOfHarm: true, consentToReport: true, wantsAnonymity: false },
    status: 'decided',
    outcomes: ['report-police-avim'],
  },
  { name: 'consent unknown: names it', answers: { ...adultInDanger, wantsAnonymity: false }, ...open('consentToReport') },
  { name: 'consent and anonymity unknown: both are needed for any report', answers: adultInDanger, ...open('consentToReport', 'wantsAnonymity') },
  { name: 'with consent, anonymity unknown', answers: { ...adultInDanger, consentToReport: true }, ...open('wantsAnonymity') },
  {
    name: 'without consent, conflict of duties not yet recorded: incomplete naming it',
    answers: { ...adultInDanger, consentToReport: false, wantsAnonymity: false },
    ...open('conflictOfDutiesAnswered'),
  },
  {
    name: 'without consent, conflict of duties and anonymity both open',
    answers: { ...adultInDanger, consentToReport: false },
    ...open('conflictOfDutiesAnswered', 'wantsAnonymity'),
  },
  {
    name: 'without consent, conflict of duties recorded: report to police AVIM',
    answers: { ...adultInDanger, consentToReport: false, conflictOfDutiesAnswered: true, wantsAnonymity: false },
    status: 'decided',
    outcomes: ['report-police-avim'],
  },
  {
    name: 'without consent, conflict of duties recorded, anonymous: Meld Misdaad Anoniem',
    answers: { ...adultInDanger, consentToReport: false, conflictOfDutiesAnswered: true, wantsAnonymity: true },
    status: 'decided',
    outcomes: ['report-meld-misdaad-anoniem'],
  },
  {
    name: 'acute danger rules out anonymity: 112, then police AVIM; anonymity not asked',
    answers: { ...adultInDanger, acuteDanger: true, consentToReport: true },
    status: 'decided',
    outcomes: ['call-112', 'report-police-avim'],
  },
  {
    name: 'acute danger with a wish to stay anonymous: still police AVIM',
    answers: { ...adultInDanger, acuteDanger: true, consentToReport: true, wantsAnonymity: true },
    status: 'decided',
    outcomes: ['call-112', 'report-police-avim'],
  },
  {
    name: 'acute danger while the conflict of duties is open: 112 does not wait',
    answers: { ...adultInDanger, acuteDanger: true, consentToReport: false },
    status: 'incomplete',
    outcomes: ['call-112'],
    missing: ['conflictOfDutiesAnswered'],
  },
  {
    name: 'anonymous report with acute danger unknown: acute decides the channel',
    answers: { ...adultInDanger, acuteDanger: null, consentToReport: true, wantsAnonymity: true },
    ...open('acuteDanger'),
  },
  {
    name: 'report without anonymity, acute danger unknown: still asked for 112',
    answers: { ...adultInDanger, acuteDanger: null, consentToReport: true, wantsAnonymity: false },
    ...open('acuteDanger'),
  },
  { name: 'minor-only answers play no part for an adult', answers: { suspicionRemains: true, acuteDanger: false, structuralUnsafety: true, ownHelpPossible: false }, ...open('riskAvertableByOwnHelp') },
];

const cases = [
  ...minorRows.map((row) => ({ ...row, framework: 'minor' as const, input: { ...unanswered(minorBirth), ...row.answers } })),
  ...adultRows.map((row) => ({ ...row, framework: 'adult' as const, input: { ...unanswered(adultBirth), ...row.answers } })),
];

describe('the meldcode decision (domain.md §3.1)', () => {
  it.each(cases)('$framework: $name', ({ input, framework, status, outcomes, alsoConsider = [], missing = [] }) => {
    const decision = decideMeldcode(input);
    expect(decision).toMatchObject({ framework, status, outcomes, alsoConsider, missing, ruleSetVersion: meldcodeRuleSetVersion });
  });

  it('puts 112 first exactly when acute danger is answered yes, and only then', () => {
    for (const { input } of cases) {
      const { outcomes } = decideMeldcode(input);
      expect(outcomes.indexOf('call-112')).toBe(input.acuteDanger === true ? 0 : -1);
      expect(outcomes.lastIndexOf('call-112')).toBe(outcomes.indexOf('call-112'));
    }
  });

  it('lists missing answers in question order, and only when incomplete', () => {
    for (const { input } of cases) {
      const { status, missing } = decideMeldcode(input);
      expect(missing.length > 0).toBe(status === 'incomplete');
      const order = missing.map((key) => meldcodeAnswerKeys.indexOf(key as (typeof meldcodeAnswerKeys)[number]));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('asks only what the path needs: an unused answer left open changes nothing, a used one is named', () => {
    const triKeys = meldcodeAnswerKeys.filter((key) => key !== 'conflictOfDutiesAnswered' && key !== 'helpEffective');
    for (const { input } of cases.filter((each) => each.status === 'decided')) {
      const decided = decideMeldcode(input);
      for (const key of triKeys.filter((each) => input[each] !== null)) {
        const reopened = decideMeldcode({ ...input, [key]: null });
        if (reopened.status === 'incomplete') expect(reopened.missing).toContain(key);
        else if (key === 'acuteDanger') expect(reopened.outcomes).toEqual(decided.outcomes.filter((outcome) => outcome !== 'call-112'));
        else expect(reopened).toEqual(decided);
      }
    }
  });

  it('gives the same decision for the same answers, and leaves the answers as they were', () => {
    for (const { input } of cases) {
      const frozen = Object.freeze({ ...input });
      expect(decideMeldcode(frozen)).toEqual(decideMeldcode({ ...input }));
    }
  });
});

describe('the framework by age on the decision date', () => {
  const frameworkOn = (dateOfBirth: string, decisionDate: string) => decideMeldcode({ ...unanswered(dateOfBirth), decisionDate }).framework;

  it('is the minor framework until the 18th birthday, and adult from that day itself', () => {
    expect(frameworkOn('2008-11-23', '2026-11-22')).toBe('minor');
    expect(frameworkOn('2008-11-23', '2026-11-23')).toBe('adult');
    expect(frameworkOn('2008-11-23', '2026-11-24')).toBe('adult');
  });

  it('turns someone born on 29 February adult on 1 March (their 18th birthday never falls in a leap year)', () => {
    expect(frameworkOn('2008-02-29', '2026-02-28')).toBe('minor');
    expect(frameworkOn('2008-02-29', '2026-03-01')).toBe('adult');
  });

  it('decides the same answers differently on each side of the birthday', () => {
    const answers = { suspicionRemains: true, acuteDanger: false, structuralUnsafety: true, riskAvertableByOwnHelp: true };
    expect(decideMeldcode({ ...unanswered('2008-11-23'), ...answers, decisionDate: '2026-11-22' }).outcomes).toEqual(['report-veilig-thuis']);
    expect(decideMeldcode({ ...unanswered('2008-11-23'), ...answers, decisionDate: '2026-11-23' }).outcomes).toEqual(['own-help', 'monitor']);
  });
});

describe('the trace', () => {
  it('explains a minor’s own help answer by answer, in Dutch', () => {
    expect(decideMeldcode({ ...unanswered(minorBirth), ...minorHelpWorks }).trace).toEqual([
      'Jonger dan 18 op 23 november 2026: het afwegingskader van de meldcode geldt.',
      'Na stap 4 blijft een vermoeden bestaan: beslissen in stap 5.',
      'Er is geen acuut gevaar.',
      'Er is geen structurele onveiligheid.',
      'Je kunt zelf voldoende effectieve hulp bieden of organiseren.',
      'De jongere en het gezin aanvaarden de hulp en zetten zich ervoor in.',
      'Geen acute of structurele onveiligheid, en hulp die mogelijk is en aanvaard wordt: zelf hulp bieden (5a) en het effect volgen op afgesproken momenten.',
      'Signalen van uitbuiting kun je naast de eigen hulp ook melden bij het team mensenhandel van de politie (AVIM).',
    ]);
  });

  it('names acute danger and 112 before the rest, and AVIM beside Veilig Thuis', () => {
    const trace = decideMeldcode({ ...unanswered(minorBirth), suspicionRemains: true, acuteDanger: true, decisionDate: '2026-03-01' }).trace;
    expect(trace[0]).toBe('Jonger dan 18 op 1 maart 2026: het afwegingskader van de meldcode geldt.');
    expect(trace[1]).toBe('Er is acuut gevaar: bel eerst 112, vóór al het andere.');
    expect(trace.at(-1)).toContain('naast de melding bij Veilig Thuis ook melden bij het team mensenhandel van de politie (AVIM), nooit in plaats daarvan');
  });

  it('explains an adult’s report on a conflict of duties', () => {
    const answers = { ...adultInDanger, consentToReport: false, conflictOfDutiesAnswered: true, wantsAnonymity: false };
    expect(decideMeldcode({ ...unanswered(adultBirth), ...answers }).trace).toEqual([
      '18 jaar of ouder op 23 november 2026: de meldcode voor volwassenen geldt, met het beroepsgeheim.',
      'Na stap 4 blijft een vermoeden bestaan: beslissen in stap 5.',
      'Er is geen acuut gevaar.',
      'Het risico is met eigen hulp niet af te wenden.',
      'Er dreigt ernstig gevaar: melden.',
      'De betrokkene geeft geen toestemming, en de zes vragen over het conflict van plichten zijn beantwoord en vastgelegd: de melding mag door; een afhankelijke positie van de betrokkene weegt mee voor het doorbreken van het beroepsgeheim.',
      'Anoniem blijven is niet nodig: melden bij het team mensenhandel van de politie (AVIM); je kunt gevraagd worden een getuigenverklaring af te leggen.',
    ]);
  });

  it('explains an adult’s anonymous report with consent', () => {
    const answers = { ...adultAtRisk, realChanceOfHarm: true, consentToReport: true, wantsAnonymity: true };
    expect(decideMeldcode({ ...unanswered(adultBirth), ...answers }).trace.slice(-3)).toEqual([
      'Er is een reële kans op schade: melden.',
      'De betrokkene geeft toestemming om te melden; met die toestemming kan ook de zorgcoördinator mensenhandel de melding aannemen en hulp organiseren.',
      'Je wilt anoniem blijven en er is geen acuut gevaar: melden via Meld Misdaad Anoniem.',
    ]);
  });

  it('ends an incomplete decision with each open question', () => {
    const trace = decideMeldcode({ ...unanswered(adultBirth), ...adultInDanger, consentToReport: false }).trace;
    expect(trace.slice(-2)).toEqual([`Nog niet beantwoord: ${meldcodeQuestions.conflictOfDutiesAnswered}`, `Nog niet beantwoord: ${meldcodeQuestions.wantsAnonymity}`]);
  });
});

describe('the input schema for the later IPC call', () => {
  it('accepts complete and open answers', () => {
    expect(meldcodeInputSchema.safeParse(unanswered(minorBirth)).success).toBe(true);
    expect(meldcodeInputSchema.safeParse({ ...unanswered(adultBirth), ...adultInDanger }).success).toBe(true);
  });

  it('refuses a decision date before the birth date, a non-date, and an unanswered conflict-of-duties flag', () => {
    expect(meldcodeInputSchema.safeParse({ ...unanswered(minorBirth), decisionDate: '2010-01-01' }).error?.issues[0]).toMatchObject({ path: ['decisionDate'], message: 'De beslisdatum ligt vóór de geboortedatum.' });
    expect(meldcodeInputSchema.safeParse({ ...unanswered(minorBirth), dateOfBirth: '2011-02-30' }).success).toBe(false);
    expect(meldcodeInputSchema.safeParse({ ...unanswered(minorBirth), conflictOfDutiesAnswered: null }).success).toBe(false);
  });
});
