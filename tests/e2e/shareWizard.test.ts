import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { demoAdministrator } from '../../main/demo/demoYouths';
import { lock, unlock } from '../../main/services/sessionService';
import { caseBlockLabel, shareSectionLabels, type Location } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { disclosuresOf } from '../support/pdfPorts';
import { pdfPages, pdfText } from '../support/pdfText';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openFileTabByKeyboard, openPage, pressButton, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Demo youth as `npm start` creates her (main/demo): 15, De Linde groep Noord, with signals of every kind. */
const sanne = { firstName: 'Sanne', lastName: 'Verhoef' } as const;
const newcomer = { name: 'Fenna Nieuw', first: 'eerste-dienst-wachtwoord', own: 'mijn eigen zin voor de late dienst' };

/** The administrator adds a group worker for groep Noord; the page then shows the login, where the newcomer signs in for the first time. */
async function signInAsNewGroupWorker(launched: LaunchedApp): Promise<void> {
  const { services, page } = launched;
  await unlock(services.context, demoAdministrator);
  const noord = (expectOk(await services.router('locations.list', undefined)) as Location[]).find((location) => location.name === 'De Linde – groep Noord')!;
  expectOk(await services.router('accounts.create', { name: newcomer.name, password: newcomer.first, role: 'groupWorker', locationIds: [noord.id] }));
  lock(services.context, 'switchUser');
  await page.reload();
  await page.getByLabel('Gebruikersnaam').fill(newcomer.name);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(newcomer.first);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
  await page.getByLabel('Huidig wachtwoord').fill(newcomer.first);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newcomer.own);
  await page.getByLabel('Herhaal nieuw wachtwoord').fill(newcomer.own);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Jongeren', level: 1 }).waitFor();
}

const wizard = (page: Page) => page.getByRole('dialog', { name: 'Gegevens verstrekken' });

async function expectStep(dialog: Locator, number: number, name: string): Promise<void> {
  await dialog.getByRole('heading', { name: `Stap ${number}: ${name}` }).waitFor();
  expect(await dialog.getByRole('list', { name: 'Stappen' }).locator('[aria-current="step"]').textContent()).toContain(name);
}

const section = (dialog: Locator, id: keyof typeof shareSectionLabels) => dialog.getByRole('checkbox', { name: shareSectionLabels[id], exact: true });

describe('the export wizard', () => {
  it('a new group worker reports Sanne to Veilig Thuis from her file, keyboard only: the proposal leaves interpretations and gut feelings out, one proposed section is taken out, a section is previewed, the PDF carries the footer on every page and the register lists exactly the chosen sections', async () => {
    app = await launchApp({ demo: { as: 'demo' } });
    const { page } = app;
    await signInAsNewGroupWorker(app);
    const youthId = await youthIdByName(app, sanne.lastName);

    // Opening the file does not read the register (main logs each read); opening its tab does.
    await openFileTabByKeyboard(page, sanne, 'Gegevens');
    const registerReads = () => accessLogRows(app!.services).filter((row) => row.objectType === 'disclosureRegister' && row.action === 'read').length;
    expect(registerReads()).toBe(0);
    await page.keyboard.press('End');
    const panel = page.getByRole('tabpanel', { name: 'Verstrekkingen' });
    await panel.getByText('Er is nog niets over deze jongere verstrekt.').waitFor();
    expect(registerReads()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await pressButton(page, panel.getByRole('button', { name: 'Gegevens verstrekken…' }));
    const dialog = wizard(page);
    await expectStep(dialog, 1, 'Wat en aan wie');

    // Step 1: the template by keyboard; main proposes recipient, purpose and ground, again for another template.
    const template = dialog.getByRole('radio', { name: 'Melding aan Veilig Thuis' });
    await tabTo(page, template);
    await page.keyboard.press('ArrowRight');
    await dialog.getByRole('radio', { name: 'Politie (AVIM)', checked: true }).waitFor();
    expect(await dialog.getByLabel('Grondslag').locator('option:checked').textContent()).toBe('Conflict van plichten');
    await page.keyboard.press('ArrowLeft');
    expect(await template.isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'Veilig Thuis', exact: true, checked: true }).waitFor();
    expect(await dialog.getByLabel('Doel').inputValue()).not.toBe('');
    expect(await dialog.getByLabel('Grondslag').locator('option:checked').textContent()).toBe('Meldrecht (Veilig Thuis)');
    expect(await violations(page)).toEqual([]);
    const purpose = 'Melding van signalen van seksuele uitbuiting, zodat Veilig Thuis de veiligheid van Sanne kan beoordelen.';
    await tabTo(page, dialog.getByLabel('Doel'));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(purpose);
    await pressButton(page, dialog.getByRole('button', { name: 'Volgende' }));

    // Step 2: facts on, interpretations and gut feelings off, and it says why.
    await expectStep(dialog, 2, 'Onderdelen');
    await dialog.getByText('Interpretaties en onderbuikgevoelens staan standaard uit.').waitFor();
    for (const id of ['personalia', 'facts', 'events', 'observations'] as const) expect(await section(dialog, id).isChecked(), id).toBe(true);
    for (const id of ['interpretations', 'gutFeelings'] as const) expect(await section(dialog, id).isChecked(), id).toBe(false);
    expect(await section(dialog, 'decision').isDisabled()).toBe(true);
    const preview = dialog.locator('summary', { hasText: `Voorbeeld: ${shareSectionLabels.facts}` });
    await tabTo(page, preview);
    await page.keyboard.press('Enter');
    await dialog.getByRole('list', { name: `Voorbeeld van ${shareSectionLabels.facts}` }).getByText('Tweede telefoon gevonden', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);
    await tabTo(page, section(dialog, 'observations'));
    await page.keyboard.press('Space');
    expect(await section(dialog, 'observations').isChecked()).toBe(false);

    // Back and on again: both steps keep what was typed and unticked.
    await pressButton(page, dialog.getByRole('button', { name: 'Vorige' }));
    await expectStep(dialog, 1, 'Wat en aan wie');
    expect(await dialog.getByLabel('Doel').inputValue()).toBe(purpose);
    await pressButton(page, dialog.getByRole('button', { name: 'Volgende' }));
    await expectStep(dialog, 2, 'Onderdelen');
    expect(await section(dialog, 'observations').isChecked()).toBe(false);

    // Leaving asks first: unsaved input; the file's tab says so meanwhile.
    expect(await page.locator('[role="tab"]', { hasText: 'Verstrekkingen' }).textContent()).toContain('niet opgeslagen');
    await page.keyboard.press('Escape');
    await pressButton(page, dialog.getByRole('button', { name: 'Verder invullen' }));
    await pressButton(page, dialog.getByRole('button', { name: 'Volgende' }));

    // Step 3: the summary, then a cancelled save records nothing, a real one records the chosen sections.
    await expectStep(dialog, 3, 'Controleren en verstrekken');
    // What Veilig Thuis gets: the proposal without observations (no case chosen, so no meldcode parts).
    const chosen = (['personalia', 'facts', 'events', 'missingEpisodes'] as const).map((id) => shareSectionLabels[id]);
    expect(await dialog.getByRole('list', { name: 'Gekozen onderdelen' }).locator('li').allTextContents()).toEqual(chosen);
    expect(await violations(page)).toEqual([]);
    app.saveChoice = 'cancel';
    await pressButton(page, dialog.getByRole('button', { name: 'Opslaan als PDF' }));
    await dialog.getByRole('status').filter({ hasText: 'Er is niets verstrekt en niets vastgelegd.' }).waitFor();
    expect(disclosuresOf(app.services, youthId)).toEqual([]);
    app.saveChoice = 'save';
    await pressButton(page, dialog.getByRole('button', { name: 'Opslaan als PDF' }));
    await dialog.getByRole('status').filter({ hasText: 'De verstrekking is vastgelegd' }).waitFor();
    const [saved] = app.saved;
    expect(await dialog.getByRole('status').textContent()).toContain(`Melding aan Veilig Thuis opgeslagen: ${saved!.path}.`);

    const text = pdfText(saved!.pdf);
    expect(text).toContain('Tweede telefoon gevonden bij de kamercontrole');
    expect(text).not.toContain(shareSectionLabels.observations);
    expect(text).not.toContain('Wordt drie keer in een week na school opgehaald');
    expect(text).not.toContain('ik denk dat ze hem wil beschermen');
    for (const pageText of pdfPages(saved!.pdf, 'raw').map((raw) => raw.replace(/\s+/g, ' '))) {
      expect(pageText).toContain('niet verder verstrekken');
      expect(pageText).toContain('Verstrekt aan Veilig Thuis');
      expect(pageText).toContain('grondslag: Meldrecht (Veilig Thuis)');
    }
    const [recorded] = disclosuresOf(app.services, youthId);
    expect(recorded).toMatchObject({ document: 'veiligThuisReport', legalGround: 'meldrecht', purpose });
    expect(recorded!.categories).toEqual(chosen);

    // Closing: the register in the tab lists the export with exactly its sections.
    expect(await isFocused(dialog.getByRole('button', { name: 'Sluiten' }))).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const register = panel.getByRole('table', { name: 'Verstrekkingen over deze jongere' });
    const row = register.locator('tbody tr').filter({ hasText: 'Melding aan Veilig Thuis' });
    await row.waitFor();
    const sectionsColumn = (await register.getByRole('columnheader').allTextContents()).indexOf('Onderdelen');
    expect(await row.locator('td').nth(sectionsColumn).textContent()).toBe(chosen.join(', '));
    expect(registerReads()).toBe(2);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  }, 180_000);

  it('the case screen’s "Verstrekken…" opens the wizard at the case summary: stopped at a missing name and ground, an empty section’s preview says so, saved with the footer and recorded, then printed and recorded as printed', async () => {
    app = await launchApp({ demo: { as: 'demo' } });
    const { page } = app;
    await signInAsNewGroupWorker(app);
    const youthId = await youthIdByName(app, sanne.lastName);
    expectOk(await app.services.router('meldcode.open', { youthId, suspicion: 'sexualExploitation', title: 'Oudere vriend haalt haar op' }));
    await openPage(page, 'Meldcode');
    await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
    await page.getByRole('tablist', { name: 'Stappen van het meldcodetraject' }).waitFor();

    const open = page.getByRole('button', { name: 'Verstrekken…' });
    await open.click();
    const dialog = wizard(page);
    await expectStep(dialog, 1, 'Wat en aan wie');
    await dialog.getByRole('radio', { name: 'Casussamenvatting', checked: true }).waitFor();
    // The wizard opens with the step's heading focused, so a screen reader starts at "Stap 1".
    expect(await isFocused(dialog.getByRole('heading', { name: 'Stap 1: Wat en aan wie' }))).toBe(true);
    expect(await dialog.getByLabel('Meldcodecasus').locator('option:checked').textContent()).toBe('Oudere vriend haalt haar op');
    await dialog.getByRole('radio', { name: 'Zorgcoördinator mensenhandel', checked: true }).waitFor();
    expect(await violations(page)).toEqual([]);

    // "Andere ontvanger" needs a name, and the case summary has no ground of its own.
    await dialog.getByRole('radio', { name: 'Andere ontvanger' }).check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByText('Vul in aan wie je de gegevens geeft.').waitFor();
    await dialog.getByText('Kies de grondslag voor deze verstrekking.').waitFor();
    expect(await isFocused(dialog.getByLabel('Naam van de ontvanger'))).toBe(true);
    expect(await violations(page)).toEqual([]);
    await dialog.getByLabel('Naam van de ontvanger').fill('Veilig Thuis Regio Voorbeeld');
    await dialog.getByLabel('Grondslag').selectOption({ label: 'Meldrecht (Veilig Thuis)' });
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await expectStep(dialog, 2, 'Onderdelen');
    expect(await section(dialog, 'decision').isDisabled()).toBe(false);
    // The new case has no weighing yet: its preview says so.
    const weighing = dialog.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: shareSectionLabels.weighing, exact: true }) });
    await weighing.locator('summary').click();
    await weighing.getByText('Dit onderdeel bevat niets', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await expectStep(dialog, 3, 'Controleren en verstrekken');
    // The recipient as the PDF and the register will name it, and the case printed above its sections.
    await dialog.getByText('Veilig Thuis Regio Voorbeeld', { exact: true }).waitFor();
    await dialog.getByRole('list', { name: 'Gekozen onderdelen' }).getByText(`${caseBlockLabel} (vermoeden, omschrijving en status)`).waitFor();
    await dialog.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await dialog.getByRole('status').filter({ hasText: 'De verstrekking is vastgelegd' }).waitFor();
    const [saved] = app.saved;
    expect(await dialog.getByRole('status').textContent()).toContain(`Casussamenvatting opgeslagen: ${saved!.path}.`);
    expect(pdfText(saved!.pdf)).toContain('Vertrouwelijk — niet verder verstrekken');
    expect(disclosuresOf(app.services, youthId)).toEqual([expect.objectContaining({ document: 'meldcodeCase', recipient: 'Veilig Thuis Regio Voorbeeld', legalGround: 'meldrecht' })]);

    // Closed, focus is back on its button, which opens the wizard afresh.
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(open)).toBe(true);
    await open.click();
    await dialog.getByRole('radio', { name: 'Zorgcoördinator mensenhandel', checked: true }).waitFor();
    expect(await dialog.getByLabel('Naam van de ontvanger').inputValue()).toBe('');

    // Printing: the summary goes to the print window and is recorded as printed.
    await dialog.getByLabel('Grondslag').selectOption({ label: 'Gerechtvaardigd belang' });
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await expectStep(dialog, 2, 'Onderdelen');
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByRole('button', { name: 'Afdrukken' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Casussamenvatting staat klaar in het afdrukvenster' }).waitFor();
    expect(app.printed).toHaveLength(1);
    expect(disclosuresOf(app.services, youthId)[0]).toMatchObject({ document: 'meldcodeCase', output: 'print', recipient: 'Zorgcoördinator mensenhandel', legalGround: 'legitimateInterest' });
    expect(app.problems).toEqual([]);
  }, 120_000);
});
