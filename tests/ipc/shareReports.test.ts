import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import {
  caseBlockLabel,
  shareSectionLabels,
  signalKinds,
  type CaseView,
  type PacketResult,
  type SectionPreview,
  type ShareProposal,
  type SignalKind,
  type SignalView,
} from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { disclosuresOf, savingInto } from '../support/pdfPorts';
import { pdfText } from '../support/pdfText';
import { seededRandom, testSeed } from '../support/seededRandom';
import { seedYouths, signIn, type TestYouth } from '../support/staff';
import { staffedServices, tempDir } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const youthCount = 24;
const interpretive = new Set<SignalKind>(['interpretation', 'gutFeeling']);
const daysAgo = (days: number) => localTodayIso(new Date(Date.now() - days * 86_400_000));

/** A made-up word no fixed text of the PDF contains: each signal carries one, so the test can tell which signals printed. */
function marker(random: () => number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `qx${Array.from({ length: 8 }, () => letters[Math.floor(random() * letters.length)]).join('')}`;
}

interface GeneratedSignal {
  kind: SignalKind;
  marker: string;
}

/** A fictional youth at the worker's group, with 3–9 signals of random kinds and directions; every other youth has a case linking them all. */
function generatedYouth(random: () => number, index: number): { youth: TestYouth; signals: GeneratedSignal[]; withCase: boolean } {
  const signals = Array.from({ length: 3 + Math.floor(random() * 7) }, () => ({ kind: signalKinds[Math.floor(random() * signalKinds.length)]!, marker: marker(random) }));
  // Every kind at least once somewhere, interpretations and gut feelings included.
  signals.push({ kind: signalKinds[index % signalKinds.length]!, marker: marker(random) }, { kind: 'gutFeeling', marker: marker(random) });
  return {
    youth: { firstName: `Jongere${index}`, lastName: 'Proef', dateOfBirth: daysAgo(365 * (12 + Math.floor(random() * 6)) + 40), location: 'Groep Noord' },
    signals,
    withCase: index % 2 === 0,
  };
}

describe('a Veilig Thuis report with the proposed sections, over generated youths', () => {
  it('prints every fact, event and observation and no interpretation, gut feeling or reading of the case, and the register holds the file’s hash', { timeout: 240_000 }, async () => {
    const seed = testSeed('WAAKZAAM_SHARE_SEED', 'tests/ipc/shareReports.test.ts');
    const random = seededRandom(seed);
    const services = await staffedServices({ savePdf: savingInto(tempDir()) });
    const generated = Array.from({ length: youthCount }, (_, index) => generatedYouth(random, index));
    const ids = await seedYouths(services, generated.map((entry) => entry.youth));
    await signIn(services, 'worker');
    const { call } = routerCalls(services);
    const save = (view: CaseView, part: string, value: unknown) => call<CaseView>('meldcode.update', { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, part, value });
    async function caseWithReadings(youthId: string, signals: readonly SignalView[], [reading, nature, explanation]: readonly string[]): Promise<string> {
      let view = await call<CaseView>('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Vermoeden', signalIds: signals.map((signal) => signal.id) });
      view = await save(view, 'conversation', { held: true, heldOn: daysAgo(2), participants: 'Mentor en jongere', purposeExplained: true, reaction: 'Zegt weinig over de nieuwe vrienden.', interpretation: `Lijkt bang ${reading}.` });
      view = await save(view, 'weighing', { acuteUnsafety: false, structuralUnsafety: true, nature: `Uitbuiting ${nature}.`, severity: 'serious', chanceOfHarm: 'real', outcome: 'remains', explanation: `Onderbouwing ${explanation}.` });
      return view.case.id;
    }

    for (const [index, { signals, withCase }] of generated.entries()) {
      const youthId = ids[index]!;
      const where = `youth ${index} (seed ${seed})`;
      const added: SignalView[] = [];
      for (const signal of signals) {
        added.push(
          await call<SignalView>('signals.add', {
            youthId,
            catalogueItemId: null,
            freeText: `Signaal ${signal.marker}`,
            freeTextCategory: 'criminalExploitation',
            kind: signal.kind,
            sourceType: 'colleague',
            sourceName: 'Collega',
            direction: random() < 0.7 ? 'supports' : 'contradicts',
            sourceReliability: null,
            informationCredibility: null,
            date: daysAgo(1 + Math.floor(random() * 200)),
            description: `Beschreven als ${signal.marker}.`,
          }),
        );
      }
      // The case's own interpretations: the staff's reading of the conversation and the weighing's texts.
      const caseReadings = withCase ? [marker(random), marker(random), marker(random)] : [];
      const caseId = withCase ? await caseWithReadings(youthId, added, caseReadings) : null;

      const proposal = await call<ShareProposal>('sharing.propose', { youthId, caseId, template: 'veiligThuisReport' });
      const proposed = proposal.sections.filter((section) => section.proposed).map((section) => section.id);
      expect(proposed, where).not.toContain('interpretations');
      expect(proposed, where).not.toContain('gutFeelings');
      expect(proposed.includes('decision'), where).toBe(withCase);

      const made = await call<PacketResult>('sharing.export', {
        youthId,
        caseId,
        template: 'veiligThuisReport',
        sections: proposed,
        recipient: proposal.recipient,
        recipientName: '',
        purpose: proposal.purpose,
        legalGround: proposal.legalGround,
        output: 'save',
      });
      if (made.outcome !== 'saved') throw new Error(`${where}: expected a saved report, got ${made.outcome}`);
      const pdf = fs.readFileSync(made.savedTo);
      const text = pdfText(pdf);
      for (const signal of signals) {
        expect(text.includes(signal.marker), `${where}: ${signal.kind} ${signal.marker}`).toBe(!interpretive.has(signal.kind));
      }
      expect(caseReadings.filter((reading) => text.includes(reading)), where).toEqual([]);
      expect(text.includes('Zegt weinig over de nieuwe vrienden.'), `${where}: the conversation's facts`).toBe(withCase);
      const [register] = disclosuresOf(services, youthId);
      expect(register, where).toMatchObject({ document: 'veiligThuisReport', recipient: 'Veilig Thuis', legalGround: 'meldrecht', sha256: createHash('sha256').update(pdf).digest('hex') });
      expect(register!.categories, where).toEqual([...(withCase ? [caseBlockLabel] : []), ...proposed.map((id) => shareSectionLabels[id])]);
    }
    lock(services.context);
  });
});

describe('the wizard’s preview', () => {
  it('shows each chosen section as it prints, interpretations only when chosen', async () => {
    const services = await staffedServices({ savePdf: savingInto(tempDir()) });
    const [youthId] = await seedYouths(services, [{ firstName: 'Mira', lastName: 'Proef', dateOfBirth: daysAgo(365 * 15), location: 'Groep Noord' }]);
    await signIn(services, 'worker');
    const { call } = routerCalls(services);
    for (const [kind, words] of [['fact', 'qxfeitwoord'], ['gutFeeling', 'qxgevoelwoord']] as const) {
      await call('signals.add', { youthId, catalogueItemId: null, freeText: words, freeTextCategory: 'sexualExploitation', kind, sourceType: 'ownObservation', sourceName: '', direction: 'supports', sourceReliability: null, informationCredibility: null, date: daysAgo(3), description: '' });
    }
    const preview = await call<SectionPreview[]>('sharing.preview', { youthId, caseId: null, template: 'veiligThuisReport', sections: ['gutFeelings', 'facts', 'events'] });
    expect(preview.map((section) => [section.id, section.filled])).toEqual([
      ['facts', true],
      ['events', false],
      ['gutFeelings', true],
    ]);
    expect(preview[0]!.lines.join('\n')).toContain('qxfeitwoord');
    expect(preview[0]!.lines.join('\n')).not.toContain('qxgevoelwoord');
    expect(preview[2]!.lines.join('\n')).toContain('qxgevoelwoord');
    expect(preview[1]!.lines).toEqual(['niet ingevuld']);
  });
});
