import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Location, Network, PhotoSummary, SafetyPlanVersionSummary, YouthFile } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { plainJpeg } from '../support/testImages';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { choose, isFocused, pressButton, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const newcomer = { name: 'Noor Nieuw', first: 'eerste-dienst-wachtwoord', own: 'mijn eigen zin voor de nachtdienst' };

/** Switches to a tab of the file with the arrow keys, as a keyboard user does, and returns its panel. */
async function switchTab(page: Page, name: string): Promise<Locator> {
  const tabs = page.getByRole('tablist', { name: 'Onderdelen van het dossier' });
  await tabs.getByRole('tab', { selected: true }).focus();
  const tab = tabs.getByRole('tab', { name });
  while ((await tab.getAttribute('aria-selected')) !== 'true') await page.keyboard.press('ArrowRight');
  return page.getByRole('tabpanel', { name });
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, { maxSteps: 60 });
  await page.keyboard.type(text);
}

/** Adds an entity with the panel's own button for its kind; `fill` types the kind's fields. */
async function addEntity(page: Page, panel: Locator, button: string, dialogName: string, fill: (dialog: Locator) => Promise<void>, label: string) {
  await pressButton(page, panel.getByRole('button', { name: button }));
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  await fill(dialog);
  await pressButton(page, dialog.getByRole('button', { name: 'Toevoegen' }));
  await page.getByRole('status').filter({ hasText: `${label} is toegevoegd aan het netwerk.` }).waitFor();
}

/** Fills the open link dialog ("Van" and/or "Naar" preset or chosen) and saves it. */
async function completeLink(page: Page, ends: { from?: string; to?: string }, type: string, rating: string, source: string) {
  const dialog = page.getByRole('dialog', { name: 'Verband toevoegen' });
  await dialog.waitFor();
  if (ends.from) {
    await dialog.getByLabel('Van').focus();
    await choose(page, dialog.getByLabel('Van'), ends.from);
  }
  if (ends.to) {
    await tabTo(page, dialog.getByLabel('Naar'));
    await choose(page, dialog.getByLabel('Naar'), ends.to);
  }
  await tabTo(page, dialog.getByLabel('Soort verband'));
  await choose(page, dialog.getByLabel('Soort verband'), type);
  await tabTo(page, dialog.getByLabel('Beoordeling'));
  await choose(page, dialog.getByLabel('Beoordeling'), rating);
  await typeInto(page, dialog.getByLabel('Bron'), source);
  await pressButton(page, dialog.getByRole('button', { name: 'Verband toevoegen' }));
  await page.getByRole('status').filter({ hasText: `Verband toegevoegd: ${type}, ${rating.toLowerCase()}: ` }).filter({ hasText: ends.to ?? '' }).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

describe('a new group worker builds a youth file from scratch', () => {
  it('creates a youth with a photo, a safety plan, four network entities linked in the graph and the table, and a second plan version: keyboard only, every screen axe-clean', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    const noord = (expectOk(await app.services.router('locations.list', undefined)) as Location[]).find((location) => location.name === 'Groep Noord')!;
    expectOk(await app.services.router('accounts.create', { name: newcomer.name, password: newcomer.first, role: 'groupWorker', locationIds: [noord.id] }));

    // First login of the new account: the first password has to be replaced before anything else.
    // Focus starts at Beheer's heading; the header's button is nearer going back than past every section.
    await tabTo(page, page.getByRole('button', { name: 'Wissel van gebruiker' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByLabel('Gebruikersnaam').waitFor();
    await typeInto(page, page.getByLabel('Gebruikersnaam'), newcomer.name);
    await typeInto(page, page.getByLabel('Wachtwoord', { exact: true }), newcomer.first);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    await typeInto(page, page.getByLabel('Huidig wachtwoord'), newcomer.first);
    await typeInto(page, page.getByLabel('Nieuw wachtwoord', { exact: true }), newcomer.own);
    await typeInto(page, page.getByLabel('Herhaal nieuw wachtwoord'), newcomer.own);
    await page.keyboard.press('Enter');

    // The start screen: nothing yet, and it says what to do.
    await page.getByRole('heading', { name: 'Jongeren', level: 1 }).waitFor();
    await page.getByText('Nog geen jongeren.').waitFor();
    expect(await violations(page)).toEqual([]);

    await pressButton(page, page.getByRole('button', { name: 'Nieuwe jongere' }));
    const newYouth = page.getByRole('dialog', { name: 'Nieuwe jongere' });
    await newYouth.waitFor();
    expect(await isFocused(newYouth.getByLabel('Voornaam'))).toBe(true);
    await page.keyboard.type('Fenna');
    await typeInto(page, newYouth.getByLabel('Achternaam'), 'Vlietstra');
    await typeInto(page, newYouth.getByLabel('Roepnaam of bijnaam'), 'Fen');
    // Day and month alike: Chromium orders a date field's parts by its own UI language.
    await typeInto(page, newYouth.getByLabel('Geboortedatum'), '05052011');
    // A group worker with one location gets it filled in.
    expect(await newYouth.getByLabel('Locatie of groep').locator('option:checked').textContent()).toBe('Groep Noord');
    expect(await violations(page)).toEqual([]);
    await pressButton(page, newYouth.getByRole('button', { name: 'Opslaan' }));
    await page.getByRole('status').filter({ hasText: 'Jongere toegevoegd: Fenna Vlietstra' }).waitFor();

    // The new youth needs attention: no photo, no plan, no network.
    const attention = page.getByRole('region', { name: 'Aandacht nodig' });
    await attention.getByText('Nog geen netwerkanalyse', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    const row = page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: 'Vlietstra' });
    await row.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Fenna Vlietstra', level: 1 }).waitFor();
    expect(await violations(page)).toEqual([]);

    // A portrait from a file: the picker itself is the operating system's, so the file is handed over.
    const photos = await switchTab(page, "Foto's");
    await pressButton(page, photos.getByRole('button', { name: 'Foto toevoegen' }));
    const photoDialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await photoDialog.waitFor();
    await photoDialog.getByLabel('Foto uit een bestand').setInputFiles({ name: 'fenna.jpg', mimeType: 'image/jpeg', buffer: plainJpeg(640, 800) });
    await photoDialog.getByRole('img', { name: 'De gekozen foto' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await pressButton(page, photoDialog.getByRole('button', { name: 'Foto opslaan' }));
    await photoDialog.waitFor({ state: 'hidden' });
    await photos.getByRole('region', { name: 'Recente foto' }).getByText('Genomen op', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    // Safety plan, version 1.
    let plan = await switchTab(page, 'Veiligheidsplan');
    await pressButton(page, plan.getByRole('button', { name: 'Veiligheidsplan opstellen' }));
    const firstForm = plan.getByRole('form', { name: 'Veiligheidsplan opstellen' });
    await firstForm.waitFor();
    await typeInto(page, firstForm.getByLabel('Afspraken die de veiligheid bewaken of herstellen'), 'Fenna is om 22:00 binnen.');
    await typeInto(page, firstForm.getByLabel('Risicosituaties: signalen van onttrekking of uitbuiting'), 'Wordt opgehaald door onbekenden op een scooter.');
    await typeInto(page, firstForm.getByLabel('Wat het team doet als het onveilig wordt'), 'Fenna bellen, daarna de gezinsvoogd.');
    await typeInto(page, firstForm.getByLabel('Evaluatiedatum'), '05052036');
    expect(await violations(page)).toEqual([]);
    await pressButton(page, firstForm.getByRole('button', { name: 'Opslaan als versie 1' }));
    await page.getByRole('status').filter({ hasText: 'Veiligheidsplan opgeslagen als versie 1.' }).waitFor();

    // Network: two entities and a link in the table view…
    const network = await switchTab(page, 'Netwerk');
    await network.getByText('Het netwerk van Fenna Vlietstra is nog leeg.').waitFor();
    expect(await violations(page)).toEqual([]);
    await addEntity(page, network, 'Persoon toevoegen', 'Persoon toevoegen', async (dialog) => {
      await tabTo(page, dialog.getByLabel('Wie is dit voor de jongere?'));
      await choose(page, dialog.getByLabel('Wie is dit voor de jongere?'), 'Vermoedelijke uitbuiter / ronselaar');
      await typeInto(page, dialog.getByLabel('Naam of omschrijving'), 'Man met rode scooter');
      await typeInto(page, dialog.getByLabel('Bron'), 'Eigen waarneming nachtdienst');
    }, 'Man met rode scooter');
    await addEntity(page, network, 'Plek toevoegen', 'Plek of adres toevoegen', async (dialog) => {
      await tabTo(page, dialog.getByLabel('Soort plek'));
      await choose(page, dialog.getByLabel('Soort plek'), 'Hangplek');
      await typeInto(page, dialog.getByLabel('Naam of omschrijving'), 'Speeltuin achter de sporthal');
      await typeInto(page, dialog.getByLabel('Bron'), 'Fenna zelf');
    }, 'Speeltuin achter de sporthal');
    await pressButton(page, network.getByRole('button', { name: 'Verband toevoegen' }));
    await completeLink(page, { to: 'Man met rode scooter' }, 'Relatie / verliefd', 'Gevaar', 'Mentor');
    expect(await violations(page)).toEqual([]);

    // …and two more, linked from the graph's own node buttons.
    await pressButton(page, network.getByRole('button', { name: 'Grafiek' }));
    const graph = network.getByRole('application', { name: 'Netwerkgrafiek van Fenna Vlietstra' });
    await graph.locator('.react-flow__node').nth(2).waitFor();
    expect(await violations(page)).toEqual([]);
    await addEntity(page, network, 'Voertuig toevoegen', 'Voertuig toevoegen', async (dialog) => {
      await tabTo(page, dialog.getByLabel('Soort voertuig'));
      await choose(page, dialog.getByLabel('Soort voertuig'), 'Scooter');
      await typeInto(page, dialog.getByLabel('Kenteken'), 'fx-123-q');
      await typeInto(page, dialog.getByLabel('Bron'), 'Eigen waarneming nachtdienst');
    }, 'FX-123-Q');
    await addEntity(page, network, 'Online account toevoegen', 'Online account toevoegen', async (dialog) => {
      await typeInto(page, dialog.getByLabel('Platform'), 'Snapchat');
      await typeInto(page, dialog.getByLabel('Accountnaam'), 'rodescooter.e2e');
      await typeInto(page, dialog.getByLabel('Bron'), 'Fenna zelf');
    }, 'Snapchat: rodescooter.e2e');
    await graph.locator('.react-flow__node').nth(4).waitFor();

    const manNode = graph.getByRole('group', { name: /^Persoon: Man met rode scooter/ });
    await manNode.focus();
    await pressButton(page, graph.getByRole('button', { name: 'Verband maken vanaf Man met rode scooter' }));
    await completeLink(page, { to: 'FX-123-Q' }, 'Gebruikt voertuig', 'Zorgelijk', 'Eigen waarneming nachtdienst');
    await manNode.focus();
    await pressButton(page, graph.getByRole('button', { name: 'Verband maken vanaf Man met rode scooter' }));
    await completeLink(page, { to: 'Snapchat: rodescooter.e2e' }, 'Beheert account', 'Zorgelijk', 'Fenna zelf');
    await graph.getByRole('img', { name: 'Verband Gebruikt voertuig, zorgelijk: van Man met rode scooter naar FX-123-Q' }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The same four entities and three links in the tables.
    await pressButton(page, network.getByRole('button', { name: 'Tabel' }));
    expect(await network.getByRole('table', { name: 'Personen, plekken en andere punten' }).locator('tbody tr').count()).toBe(4);
    expect(await network.getByRole('table', { name: 'Verbanden' }).locator('tbody tr').count()).toBe(3);

    // Safety plan, version 2, and both versions listed.
    plan = await switchTab(page, 'Veiligheidsplan');
    await pressButton(page, plan.getByRole('button', { name: 'Veiligheidsplan bijwerken' }));
    const secondForm = plan.getByRole('form', { name: 'Veiligheidsplan bijwerken' });
    await secondForm.waitFor();
    await tabTo(page, secondForm.getByLabel('Aandachtspunten sociale media'), { maxSteps: 60 });
    await page.keyboard.type('Volgt het account rodescooter.e2e; niet blokkeren zonder overleg.');
    await pressButton(page, secondForm.getByRole('button', { name: 'Opslaan als versie 2' }));
    await page.getByRole('status').filter({ hasText: 'Veiligheidsplan opgeslagen als versie 2.' }).waitFor();
    await pressButton(page, plan.getByRole('button', { name: 'Versies tonen' }));
    const versions = plan.getByRole('table', { name: 'Versies van het veiligheidsplan' });
    await versions.waitFor();
    const rows = await versions.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('2 (huidige versie)');
    for (const text of rows) expect(text).toContain(newcomer.name);
    expect(await violations(page)).toEqual([]);

    // What main stored, read back as the new user.
    const youthId = await youthIdByName(app, 'Vlietstra');
    const file = expectOk(await app.services.router('youths.open', { id: youthId })) as YouthFile;
    expect(file.youth.alias).toBe('Fen');
    expect(file.photos.map((photo: PhotoSummary) => photo.kind)).toEqual(['portrait']);
    expect(file.safetyPlan?.version).toBe(2);
    const listed = expectOk(await app.services.router('safetyPlan.versions', { youthId })) as SafetyPlanVersionSummary[];
    expect(listed.map((version) => version.version)).toEqual([2, 1]);
    const stored = file.network as Network;
    expect(stored.entities.map((entity) => entity.kind).sort()).toEqual(['account', 'person', 'place', 'vehicle']);
    expect(stored.links).toHaveLength(3);
    expect(app.problems).toEqual([]);
  });
});
