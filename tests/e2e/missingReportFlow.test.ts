import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { listDisclosuresForYouth } from '../../db/repositories/disclosures';
import { urgencyQuestions, type EpisodeView, type YouthFile } from '../../preload/contract';
import { toDateTimeLocal } from '../../renderer/components/dateTimeLocal';
import { accessLogRows } from '../support/accessLogRows';
import { pdfText } from '../support/pdfText';
import type { TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, isFocused, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Sanne is of Groep Zuid, outside the worker's own group; Mila is of the worker's Groep Noord. */
const youths: TestYouth[] = [
  { firstName: 'Sanne', lastName: 'Dekker', dateOfBirth: '2010-04-12', location: 'Groep Zuid' },
  { firstName: 'Mila', lastName: 'Vos', dateOfBirth: '2009-09-03', location: 'Groep Noord' },
];
const lvbNote = 'IQ-onderzoek bij de intake.';
const lvbEvidence = `In het dossier staat een vastgestelde (licht) verstandelijke beperking. ${lvbNote}`;
const violenceEvidence = 'Haar vriend dreigde gisteren haar te slaan als ze niet kwam.';
const emergencyReason = 'Sanne is vanavond vermist; ik meld haar bij de politie.';
const suicideEvidence = 'Ze schreef gisteren een afscheidsbrief aan haar zus.';
const colleagueEvidence = 'Een oudere vriend dreigde haar op te halen.';

/** Counts every click from the start screen on, so the flow's length is measured, not guessed. */
function clickCounter() {
  return {
    count: 0,
    async click(target: Locator) {
      this.count++;
      await target.click();
    },
  };
}

/** Sanne's file says LVB confirmed and OTS, so the episode suggests one criterion and names a legal title. */
async function giveSanneHerFile(launched: LaunchedApp): Promise<string> {
  const id = await youthIdByName(launched, 'Dekker');
  const file = expectOk(await launched.services.router('youths.open', { id })) as YouthFile;
  const { youth } = file;
  expectOk(
    await launched.services.router('youths.update', {
      id,
      firstName: youth.firstName,
      lastName: youth.lastName,
      alias: youth.alias,
      dateOfBirth: youth.dateOfBirth,
      locationId: youth.locationId,
      basedOnUpdatedAt: youth.updatedAt,
      profile: { placement: { startDate: '', legalFramework: 'ots', legalNote: '' }, vulnerabilities: { lvb: 'confirmed', lvbNote } },
    }),
  );
  return id;
}

/** Clicks 'opslaan als PDF' and waits until the screen names where the harness's save dialog saved it. */
async function savePacket(launched: LaunchedApp, click: (target: Locator) => Promise<void>): Promise<{ name: string; pdf: Buffer }> {
  const { page } = launched;
  await click(page.getByRole('button', { name: 'Politiedossier opslaan als PDF' }));
  await page.getByRole('status').filter({ hasText: 'Politiedossier opgeslagen: ' }).waitFor();
  const saved = launched.saved.at(-1)!;
  await page.getByRole('status').filter({ hasText: `Politiedossier opgeslagen: ${saved.path}. De verstrekking aan de politie is vastgelegd.` }).waitFor();
  return { name: path.basename(saved.path), pdf: fs.readFileSync(saved.path) };
}

describe('reporting a youth missing', () => {
  it('a worker of another group reports a youth of Groep Zuid with emergency access, ticks two urgency criteria with evidence, gets the police packet, then records the return and the conversation and sees the safety-plan proposal', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const sanneId = await giveSanneHerFile(app);
    await continueAs(app, 'worker');
    const { page } = app;

    await page.getByRole('button', { name: 'Vermissing melden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vermissing melden' });
    // Only the worker's own group is listed; Sanne is found outside it.
    await dialog.getByRole('list', { name: 'Kies de jongere' }).getByRole('button', { name: /Mila Vos/ }).waitFor();
    expect(await dialog.getByRole('button', { name: /Sanne Dekker/ }).count()).toBe(0);
    await dialog.getByLabel('Naam van de jongere').fill('Dekker');
    await dialog.getByLabel('Naam van de jongere').press('Enter');
    await expect.poll(() => dialog.getByRole('radio', { name: /Sanne Dekker, geboren in 2010, Groep Zuid/ }).isChecked()).toBe(true);
    // Without a reason nothing is opened: the contract's message, at the field.
    await dialog.getByRole('button', { name: 'Noodtoegang openen en verder' }).click();
    await dialog.getByText('Schrijf in minstens 20 tekens waarom je dit dossier nu nodig hebt.').waitFor();
    await dialog.getByLabel('Waarom heb je dit dossier nu nodig?').fill(emergencyReason);
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Noodtoegang openen en verder' }).click();

    // The facts: a discovery in the future is refused in Dutch, with the input kept and focused.
    await dialog.getByRole('heading', { name: 'Wat weet je nu?' }).waitFor();
    await dialog.getByText('via noodtoegang').waitFor();
    const discovered = dialog.getByLabel('Vermissing ontdekt op');
    const tomorrow = toDateTimeLocal(new Date(Date.now() + 24 * 3600_000).toISOString());
    await discovered.fill(tomorrow);
    await dialog.getByLabel('Waar', { exact: true }).fill('Bushalte bij het station');
    await dialog.getByRole('button', { name: 'Vermissing vastleggen' }).click();
    await dialog.getByText('Dit tijdstip ligt in de toekomst. Controleer de datum en de tijd.').waitFor();
    expect(await isFocused(discovered)).toBe(true);
    expect(await discovered.inputValue()).toBe(tomorrow);
    expect(await dialog.getByLabel('Waar', { exact: true }).inputValue()).toBe('Bushalte bij het station');

    await discovered.fill(toDateTimeLocal(new Date(Date.now() - 10 * 60_000).toISOString()));
    await dialog.getByLabel('Wanneer').fill(toDateTimeLocal(new Date(Date.now() - 90 * 60_000).toISOString()));
    await dialog.getByLabel('Met wie').fill('Een onbekende jongen op een scooter');
    await dialog.getByLabel('Kleding').fill('Zwarte jas met bontkraag, witte sneakers');
    await dialog.getByRole('group', { name: 'Telefoon' }).getByRole('radio', { name: 'Ja' }).check();
    await dialog.getByLabel('Richting of vervoer').fill('Achterop de scooter richting het centrum');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Vermissing vastleggen' }).click();

    // The episode screen: who and since when, the legal title, the next step.
    await page.getByRole('heading', { level: 1, name: /^Sanne Dekker — vermist sinds / }).waitFor();
    await page.getByRole('heading', { name: 'Juridisch kader: Ondertoezichtstelling (OTS)' }).waitFor();
    await page.getByText(/^Volgende stap om \d\d:\d\d: meld de vermissing bij de politie\.$/).waitFor();
    await page.getByText(/Niet urgent volgens de criteria: bel 0900-8844/).waitFor();

    // Two criteria: one adopted from the file's suggestion, one typed.
    const lvb = page.getByRole('group', { name: urgencyQuestions.intellectualDisability });
    await lvb.getByText('Uit het dossier (Dossier › Kwetsbaarheden):').waitFor();
    await lvb.getByRole('button', { name: 'Overnemen' }).click();
    expect(await lvb.getByLabel('Waaruit blijkt dit?').inputValue()).toBe(lvbEvidence);
    const violence = page.getByRole('group', { name: urgencyQuestions.violence });
    await violence.getByRole('radio', { name: 'Ja' }).check();
    await violence.getByLabel('Waaruit blijkt dit?').fill(violenceEvidence);
    const urgent = page.getByRole('alert').filter({ hasText: 'Urgent: bel nu 112' });
    await urgent.waitFor();
    expect(await urgent.textContent()).toContain(violenceEvidence);
    expect(await violations(page)).toEqual([]);

    // The packet saves the answers first, so it holds what the screen shows.
    const { name, pdf } = await savePacket(app, (target) => target.click());
    expect(name).toMatch(/\.pdf$/);
    const text = pdfText(pdf);
    expect(text).toContain('Sanne Dekker');
    expect(text).toContain(lvbEvidence);
    expect(text).toContain(violenceEvidence);
    expect(await page.getByText('Deze antwoorden zijn nog niet opgeslagen.').count()).toBe(0);

    // What left the app is registered: the disclosure names exactly these bytes, the log the emergency reason.
    const db = app.services.context.requireUnlocked().handle.db;
    const [disclosure] = listDisclosuresForYouth(db, sanneId);
    expect(disclosure).toMatchObject({ output: 'save', fileName: name, sha256: createHash('sha256').update(pdf).digest('hex') });
    const packetEntries = accessLogRows(app.services).filter((row) => row.objectType === 'missingPacket' && row.youthId === sanneId);
    expect(packetEntries.length).toBeGreaterThan(0);
    expect(packetEntries.every((row) => row.reason === emergencyReason)).toBe(true);

    // Printing hands the PDF to the shell's print window and is registered too.
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await page.getByRole('status').filter({ hasText: 'Politiedossier staat klaar in het afdrukvenster' }).waitFor();
    expect(app.printed).toHaveLength(1);
    expect(pdfText(app.printed[0]!.pdf)).toContain(violenceEvidence);
    expect(listDisclosuresForYouth(db, sanneId).map((row) => row.output).sort()).toEqual(['print', 'save']);

    // Sanne is back: the return and the return conversation, and its agreements proposed for her safety plan.
    await page.getByRole('tablist', { name: 'Onderdelen van de vermissing' }).getByRole('tab', { name: /^Terugkeer/ }).click();
    const returnPanel = page.getByRole('tabpanel', { name: /^Terugkeer/ });
    const returned = returnPanel.getByRole('form', { name: 'Terug', exact: true });
    await returned.getByLabel('Terug op').fill(toDateTimeLocal(new Date(Date.now() - 2 * 60_000).toISOString()));
    await returned.getByLabel('Waar gevonden of teruggekomen').fill('Door de politie thuisgebracht');
    await returned.getByRole('button', { name: 'Terugkeer opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Terugkeer opgeslagen.' }).waitFor();
    const conversation = returnPanel.getByRole('form', { name: 'Terugkeergesprek' });
    await conversation.getByLabel('Gesprek gehouden op').fill(toDateTimeLocal(new Date(Date.now() - 60_000).toISOString()));
    await conversation.getByLabel('Wat ging eraan vooraf').fill('Haar vriend wachtte haar op bij de bushalte.');
    await conversation.getByLabel('Afspraken', { exact: true }).fill('Sanne laat haar mentor weten waar ze heen gaat.');
    await conversation.getByRole('button', { name: 'Terugkeergesprek opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Terugkeergesprek opgeslagen.' }).waitFor();
    const proposal = returnPanel.getByRole('region', { name: 'Voorstel voor het veiligheidsplan' });
    await proposal.locator('.diff-added').filter({ hasText: 'Sanne laat haar mentor weten waar ze heen gaat.' }).first().waitFor();
    await proposal.getByRole('button', { name: 'Opslaan als nieuwe versie van het veiligheidsplan' }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('a youth of the own group: from the start screen to the PDF in at most four clicks', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const clicks = clickCounter();
    await page.getByRole('heading', { level: 1, name: 'Jongeren' }).waitFor();

    await clicks.click(page.getByRole('button', { name: 'Vermissing melden' }));
    const dialog = page.getByRole('dialog', { name: 'Vermissing melden' });
    await clicks.click(dialog.getByRole('button', { name: /Mila Vos/ }));
    await dialog.getByRole('heading', { name: 'Wat weet je nu?' }).waitFor();
    await clicks.click(dialog.getByRole('button', { name: 'Vermissing vastleggen' }));
    await page.getByRole('heading', { level: 1, name: /^Mila Vos — vermist sinds / }).waitFor();
    const { pdf } = await savePacket(app, (target) => clicks.click(target));

    expect(clicks.count).toBeLessThanOrEqual(4);
    expect(pdfText(pdf)).toContain('Mila Vos');
    expect(await violations(page)).toEqual([]);

    // Cancelling the save dialog: nothing saved, nothing recorded, and the screen says so.
    const milaId = await youthIdByName(app, 'Vos');
    const exports = () => accessLogRows(app!.services).filter((row) => row.objectType === 'missingPacket' && row.action === 'export');
    expect(exports()).toHaveLength(1);
    app.saveChoice = 'cancel';
    await page.getByRole('button', { name: 'Politiedossier opslaan als PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'Niet opgeslagen: je hebt het opslaan geannuleerd. Er is niets vastgelegd.' }).waitFor();
    expect(app.saved).toHaveLength(1);
    expect(exports()).toHaveLength(1);
    expect(listDisclosuresForYouth(app.services.context.requireUnlocked().handle.db, milaId)).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });

  it('a youth missing for 40 minutes: the start screen opens the episode with the police alert, a colleague\'s urgency save keeps the answers, reporting again leads to the episode', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const milaId = await youthIdByName(app, 'Vos');
    const reported = expectOk(await app.services.router('missing.report', { youthId: milaId, facts: { discoveredAt: new Date(Date.now() - 40 * 60_000).toISOString() } })) as EpisodeView;
    await page.reload();

    const attention = page.getByRole('region', { name: 'Aandacht nodig' });
    await attention.getByRole('listitem').filter({ hasText: 'Politie nog niet ingelicht' }).waitFor();
    await attention.getByRole('listitem').filter({ hasText: 'Vermist sinds' }).getByRole('button', { name: 'Mila Vos' }).click();
    const episodeHeading = page.getByRole('heading', { level: 1, name: /^Mila Vos — vermist sinds / });
    await episodeHeading.waitFor();
    await page.getByRole('alert').filter({ hasText: 'Meld de vermissing nu bij de politie' }).waitFor();

    // A colleague saves other answers meanwhile: main refuses this save, the answers stay, theirs are shown.
    const suicide = page.getByRole('group', { name: urgencyQuestions.suicideRisk });
    await suicide.getByRole('radio', { name: 'Ja' }).check();
    await suicide.getByLabel('Waaruit blijkt dit?').fill(suicideEvidence);
    expectOk(
      await app.services.router('missing.update', {
        episodeId: reported.episode.id,
        basedOnUpdatedAt: reported.episode.updatedAt,
        part: 'urgency',
        value: { violence: { applies: true, evidence: colleagueEvidence } },
      }),
    );
    await page.getByRole('button', { name: 'Urgentie opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze vermissing is intussen gewijzigd' }).waitFor();
    await page.getByRole('region', { name: 'Zo staan de antwoorden nu opgeslagen' }).getByText(`Kans op geweld: ${colleagueEvidence}`).waitFor();
    expect(await suicide.getByLabel('Waaruit blijkt dit?').inputValue()).toBe(suicideEvidence);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Urgentie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Urgentie opgeslagen.' }).waitFor();
    const saved = expectOk(await app.services.router('missing.get', { episodeId: reported.episode.id })) as EpisodeView;
    expect(saved.episode.urgency.suicideRisk).toEqual({ applies: true, evidence: suicideEvidence });
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();

    // From the file the report starts at the facts; main refuses a second episode and the dialog offers the first.
    await page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: 'Vos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mila Vos' }).waitFor();
    await page.getByRole('button', { name: 'Vermissing melden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vermissing melden' });
    await dialog.getByRole('heading', { name: 'Wat weet je nu?' }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Andere jongere kiezen' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Vermissing vastleggen' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Deze jongere staat al als vermist gemeld' }).waitFor();
    await dialog.getByRole('button', { name: 'Lopende vermissing openen' }).click();
    await episodeHeading.waitFor();
    await page.getByRole('button', { name: 'Terug naar het dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mila Vos' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});
