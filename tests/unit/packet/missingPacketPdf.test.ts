import { describe, expect, it } from 'vitest';
import { missingPacketLayout } from '../../../main/packet/missingPacketLayout';
import { renderMissingPacket } from '../../../main/packet/renderMissingPacket';
import { storedUrgencyAnswersSchema } from '../../../preload/contract';
import { noErrorsLogger, recordingLogger } from '../../support/loggers';
import { flattened, pdfPages, pdfText } from '../../support/pdfText';
import { bareData, episode, fullData } from './packetFixtures';

const render = (data = fullData()) => renderMissingPacket(data, noErrorsLogger);

describe('the police packet as a PDF', () => {
  it('still makes a valid packet for a youth with only a name and a birth date', async () => {
    const { pdf, pageCount, categories } = await render(bareData());
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, index) => {
      const text = flattened(page);
      expect(text).toContain(`Pagina ${index + 1} van ${pageCount}`);
      expect(text).toContain('Afgedrukt op 12 maart 2026 om 23:40 door Wim Groep');
      expect(text).toContain('Vertrouwelijk');
      expect(text).toContain('Kim Leeg');
    });
    const text = pdfText(pdf);
    expect(text).toContain('VERMIST sinds 12 maart 2026 om 23:15');
    expect(text).toContain('GEEN FOTO BESCHIKBAAR');
    expect(text).toContain('Urgentiecriteria zijn nog niet beantwoord.');
    expect(text).not.toContain('Nog niet beantwoord:');
    expect(text).toContain('Bel 112 bij spoed, anders 0900-8844; politie.nl/vermissing');
    expect(text).toContain('05-05-2011 (14 jaar)');
    expect(text).toContain('Medische bijzonderheden niet ingevuld');
    expect(text).toContain('Telefoonnummers van de jongere niet ingevuld');
    expect(text).toContain('Er is geen veiligheidsplan vastgelegd.');
    expect(text).not.toContain('niet vrijgegeven');
    expect(categories).not.toContain('Foto');
    expect(categories).not.toContain('Telefoonnummers van de jongere');
  });

  it('prints the photo with its date, and warns when it is older than three months', async () => {
    const recent = await render();
    expect(pdfText(recent.pdf)).toContain('Foto van 20-02-2026');
    expect(pdfText(recent.pdf)).not.toContain('ouder dan 3 maanden');
    expect(recent.categories[0]).toBe('Foto');

    const data = fullData();
    const old = await render({ ...data, portrait: { ...data.portrait!, takenOn: '2025-12-11' } });
    expect(pdfText(old.pdf)).toContain('LET OP: deze foto is ouder dan 3 maanden.');
  });

  it('still prints when the stored photo cannot be read, and says so', async () => {
    const data = fullData();
    const { logger, lines } = recordingLogger();
    const { pdf, categories } = await renderMissingPacket({ ...data, portrait: { jpeg: Buffer.from('geen foto'), takenOn: '2026-02-20' } }, logger);
    const text = pdfText(pdf);
    expect(text).toContain('Foto kon niet worden gelezen');
    expect(text).toContain('Sanne Verhoef');
    expect(categories).not.toContain('Foto');
    expect(lines).toEqual([expect.stringContaining('ERROR police packet: the photo could not be embedded, made without it')]);
  });

  it('puts the criteria that apply with their evidence at the top, before the personal details', async () => {
    const text = pdfText((await render()).pdf);
    expect(text).toContain('URGENT: er is minstens één urgentiecriterium aangevinkt.');
    expect(text).toContain('Vermoedelijk in gezelschap van criminelen Gezien met een man die haar ronselt.');
    expect(text).toContain('(Licht) verstandelijke beperking LVB vermoed, onderzoek loopt.');
    expect(text).toContain('Nog niet beantwoord: Mogelijk slachtoffer van een misdrijf, Kans op suïcide, Jonge leeftijd.');
    expect(text.indexOf('Urgentiecriteria')).toBeLessThan(text.indexOf('Persoonsgegevens'));
    expect(text.indexOf('Medisch en medicatie (urgent)')).toBeLessThan(text.indexOf('Persoonsgegevens'));
  });

  it('says so when every criterion was answered and none applies', async () => {
    const answeredNo = storedUrgencyAnswersSchema.parse(
      Object.fromEntries(['violence', 'crimeAgainstYouth', 'criminalCompany', 'intellectualDisability', 'suicideRisk', 'youngAge'].map((criterion) => [criterion, { applies: false, evidence: '' }])),
    );
    const text = pdfText((await render({ ...bareData(), episode: episode({ urgency: answeredNo }) })).pdf);
    expect(text).toContain('Geen urgentiecriteria aangevinkt.');
    expect(text).not.toContain('Nog niet beantwoord');
  });

  it('counts what the network holds beyond what was released', async () => {
    const text = pdfText((await render()).pdf);
    expect(text).toContain('2 punten uit het netwerk zijn niet vrijgegeven voor de politie.');
  });

  it('lists as categories only the headings that held data, in the order printed', () => {
    const { categories } = missingPacketLayout(fullData());
    expect(categories).toEqual([
      'Foto',
      'Juridisch kader',
      'Urgentiecriteria',
      'Medisch en medicatie (urgent)',
      'Persoonsgegevens',
      'Signalement',
      'Uiterlijke kenmerken',
      'Laatst gezien',
      'Kwetsbaarheden',
      'Telefoonnummers van de jongere',
      'Sociale media',
      'Identiteitsbewijs en passen',
      'Adressen waar de jongere heen kan gaan',
      'Zorgwekkende personen',
      'Eerdere vermissingen',
      'Ouders, voogd en andere contacten',
      '24/7 bereikbaar bij de instelling',
      'Uit het veiligheidsplan',
      'Melding bij de politie en verloop',
    ]);
  });
});
