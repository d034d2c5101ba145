import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, isFocused, openFileTabByKeyboard, openPage, pressButton, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;

const openSignals = (page: Page) => openFileTabByKeyboard(page, youths[0], 'Signalen');

/** Focuses a button deep in a long list and presses Enter: the keyboard's way, without tabbing past every row. */
async function activate(page: Page, button: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
}

/** Supporting and contradicting as the overview shows them. */
async function counts(panel: Locator): Promise<[string, string]> {
  const supports = await panel.locator('.signal-count-supports dd').textContent();
  const contradicts = await panel.locator('.signal-count-contradicts dd').textContent();
  return [supports ?? '', contradicts ?? ''];
}

/** The subjects of the timeline's entries, top to bottom. */
const timelineSubjects = (panel: Locator) => panel.getByRole('list', { name: 'Tijdlijn van de signalen' }).locator('.signal-subject').allTextContents();

describe('signals in the youth file', () => {
  it('a worker records a catalogue signal and a graded contradicting one, filters, switches to the table and corrects one; axe-clean throughout', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const panel = await openSignals(page);
    await panel.getByText('Er zijn nog geen signalen vastgelegd voor deze jongere.').waitFor();
    expect(await violations(page)).toEqual([]);

    // An empty form is refused field by field, in Dutch.
    await pressButton(page, panel.getByRole('button', { name: 'Eerste signaal vastleggen' }));
    let dialog = page.getByRole('dialog', { name: 'Signaal vastleggen' });
    await dialog.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await dialog.getByText('Kies een signaal uit de lijst, of kies ‘Zelf beschrijven’.').waitFor();
    await dialog.getByText('Kies wat voor signaal het is.').waitFor();
    await dialog.getByText('Kies of het signaal het vermoeden ondersteunt of tegenspreekt.').waitFor();
    expect(await violations(page)).toEqual([]);

    // A catalogue signal: the item list is grouped by category; direction is chosen with the keyboard.
    await dialog.getByLabel('Signaal uit de lijst').selectOption({ label: 'Tweede of geheime telefoon' });
    expect(await dialog.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.getAttribute('label')))).toEqual([
      'Criminele uitbuiting',
      'Seksuele uitbuiting',
      'Kwetsbaarheid die het risico verhoogt',
    ]);
    const supports = dialog.getByRole('radio', { name: 'Ondersteunt het vermoeden' });
    const contradicts = dialog.getByRole('radio', { name: 'Spreekt het vermoeden tegen' });
    expect([await supports.isChecked(), await contradicts.isChecked()]).toEqual([false, false]);
    await tabTo(page, supports);
    await page.keyboard.press('Space');
    await dialog.getByLabel('Soort signaal').selectOption({ label: 'Waarneming' });
    await dialog.getByLabel('Bron', { exact: true }).selectOption({ label: 'Eigen waarneming' });
    await dialog.getByLabel('Datum van het signaal').fill('2026-10-02');
    await dialog.getByLabel('Beschrijving').fill('Tweede telefoon onder het kussen gezien.');
    // Unsaved input is guarded: the file's tab says so, and Escape asks before throwing it away.
    await page.getByRole('tab', { name: 'Signalen (niet opgeslagen)' }).waitFor();
    await page.keyboard.press('Escape');
    await pressButton(page, dialog.getByRole('button', { name: 'Verder invullen' }));
    await pressButton(page, dialog.getByRole('button', { name: 'Signaal vastleggen' }));
    await page.getByRole('status').filter({ hasText: 'Signaal vastgelegd.' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // A contradicting signal in the worker's own words, with its category and a grading.
    await pressButton(page, panel.getByRole('button', { name: 'Signaal vastleggen' }));
    dialog = page.getByRole('dialog', { name: 'Signaal vastleggen' });
    await dialog.getByRole('radio', { name: 'Zelf beschrijven' }).check();
    await dialog.getByLabel('Het signaal in eigen woorden').fill('Nieuwe vriend blijkt klasgenoot');
    await dialog.getByLabel('Categorie').selectOption({ label: 'Seksuele uitbuiting' });
    await dialog.getByRole('radio', { name: 'Spreekt het vermoeden tegen' }).check();
    await dialog.getByLabel('Soort signaal').selectOption({ label: 'Feit' });
    await dialog.getByLabel('Bron', { exact: true }).selectOption({ label: 'School' });
    await dialog.getByLabel('Naam of rol van de bron').fill('Mentor op school');
    await dialog.getByLabel('Betrouwbaarheid van de bron').selectOption({ label: 'B — meestal betrouwbaar' });
    await dialog.getByLabel('Betrouwbaarheid van de informatie').selectOption({ label: '2 — waarschijnlijk waar' });
    await dialog.getByLabel('Datum van het signaal').fill('2026-10-05');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    expect(await counts(panel)).toEqual(['1', '1']);
    expect(await timelineSubjects(panel)).toEqual(['Nieuwe vriend blijkt klasgenoot', 'Tweede of geheime telefoon']);
    const graded = panel.locator('.signal-entry').first();
    await graded.getByText('School: Mentor op school').waitFor();
    await graded.getByText('bron B — meestal betrouwbaar; informatie 2 — waarschijnlijk waar').waitFor();
    await graded.getByText(/Vastgelegd door Wim Groep op/).waitFor();
    expect(await violations(page)).toEqual([]);

    // Filters: direction, then kind; a combination without signals says so and offers to clear.
    await panel.getByLabel('Richting', { exact: true }).selectOption({ label: 'Spreekt het vermoeden tegen' });
    expect(await timelineSubjects(panel)).toEqual(['Nieuwe vriend blijkt klasgenoot']);
    await panel.getByLabel('Soort', { exact: true }).selectOption({ label: 'Waarneming' });
    await panel.getByText('Geen signalen bij deze filters.').waitFor();
    await panel.getByRole('button', { name: 'Filters wissen' }).click();
    await panel.getByLabel('Soort', { exact: true }).selectOption({ label: 'Waarneming' });
    expect(await timelineSubjects(panel)).toEqual(['Tweede of geheime telefoon']);
    await panel.getByText('1 van 2 signalen getoond.').waitFor();
    // The counts stay over every current signal, and say so while a filter hides some.
    await panel.getByText('Alle huidige signalen, ook die het filter verbergt').waitFor();
    expect(await counts(panel)).toEqual(['1', '1']);
    expect(await violations(page)).toEqual([]);
    await panel.getByLabel('Soort', { exact: true }).selectOption({ label: 'Alle soorten' });

    // The table, and a correction from it: the form starts from the signal, the old one stays, marked.
    await pressButton(page, panel.getByRole('button', { name: 'Tabel' }));
    const table = panel.getByRole('table', { name: 'Signalen' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await table.getByRole('row', { name: /Nieuwe vriend blijkt klasgenoot/ }).getByText('B2').waitFor();
    expect(await violations(page)).toEqual([]);
    await pressButton(page, table.getByRole('button', { name: 'Corrigeren: Tweede of geheime telefoon (02-10-2026)' }));
    dialog = page.getByRole('dialog', { name: 'Signaal corrigeren' });
    expect(await dialog.getByLabel('Signaal uit de lijst').locator('option:checked').textContent()).toBe('Tweede of geheime telefoon (zoals vastgelegd)');
    expect(await dialog.getByLabel('Beschrijving').inputValue()).toBe('Tweede telefoon onder het kussen gezien.');
    await dialog.getByLabel('Beschrijving').fill('Tweede telefoon onder het kussen gezien; volgens Anouk van haar zus geleend.');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Correctie opgeslagen.' }).waitFor();
    await table.getByRole('row', { name: /Gecorrigeerd/ }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await counts(panel)).toEqual(['1', '1']);
    await panel.getByText('3 signalen, waarvan 1 gecorrigeerd.').waitFor();

    // In the timeline the corrected signal is struck through and leads to its correction.
    await pressButton(page, table.getByRole('button', { name: 'Naar de correctie van: Tweede of geheime telefoon (02-10-2026)' }));
    const correction = panel.locator('.signal-entry').filter({ hasText: 'van haar zus geleend' });
    await expect.poll(() => isFocused(correction)).toBe(true);
    const corrected = panel.locator('.signal-entry-corrected');
    expect(await corrected.locator('s').textContent()).toBe('Tweede of geheime telefoon');
    await corrected.getByText(/Gecorrigeerd door Wim Groep op/).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('an administrator adds, edits and retires catalogue items; a retired item is no longer offered but an old signal still shows it', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const anouk = await youthIdByName(app, 'Aarts');
    expectOk(
      await app.services.router('signals.add', {
        youthId: anouk,
        catalogueItemId: 'ce-begs',
        kind: 'observation',
        sourceType: 'colleague',
        direction: 'supports',
        date: '2026-09-20',
      }),
    );

    await continueAs(app, 'admin');
    await openPage(page, 'Beheer');
    const section = page.getByRole('region', { name: 'Signalenlijst' });
    await section.getByRole('table', { name: 'Criminele uitbuiting' }).waitFor();
    expect(await violations(page)).toEqual([]);

    await pressButton(page, section.getByRole('button', { name: 'Signaal toevoegen' }));
    let dialog = page.getByRole('dialog', { name: 'Signaal aan de lijst toevoegen' });
    await dialog.getByLabel('Categorie').selectOption({ label: 'Criminele uitbuiting' });
    await dialog.getByLabel('Signaal', { exact: true }).fill('Vervoert pakketjes voor onbekenden');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: '‘Vervoert pakketjes voor onbekenden’ is aan de lijst toegevoegd.' }).waitFor();

    // An edit is the next version; when someone else saved in between, the form says so and keeps the text.
    await activate(page, section.getByRole('button', { name: 'Wijzigen: Vervoert pakketjes voor onbekenden' }));
    dialog = page.getByRole('dialog', { name: 'Signaal in de lijst wijzigen' });
    await dialog.getByLabel('Signaal', { exact: true }).fill('Vervoert pakketjes of geld voor onbekenden');
    await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'is opgeslagen als versie 2.' }).waitFor();
    const row = section.getByRole('row', { name: /Vervoert pakketjes of geld voor onbekenden/ });
    expect(await row.locator('td').nth(1).textContent()).toBe('2');

    await activate(page, section.getByRole('button', { name: 'Wijzigen: Vervoert pakketjes of geld voor onbekenden' }));
    dialog = page.getByRole('dialog', { name: 'Signaal in de lijst wijzigen' });
    const item = (expectOk(await app.services.router('signals.catalogue', undefined)) as CatalogueItem[]).find((entry) => entry.text.startsWith('Vervoert'))!;
    expectOk(await app.services.router('signals.saveCatalogueItem', { mode: 'edit', id: item.id, basedOnVersion: 2, category: 'criminalExploitation', text: 'Vervoert spullen voor anderen' }));
    await dialog.getByLabel('Signaal', { exact: true }).fill('Vervoert pakketjes, geld of drugs voor onbekenden');
    await dialog.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit signaal uit de lijst intussen gewijzigd.' }).waitFor();
    expect(await dialog.getByLabel('Signaal', { exact: true }).inputValue()).toBe('Vervoert pakketjes, geld of drugs voor onbekenden');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.getByRole('button', { name: 'Gegevens weggooien' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Behind the dialog, the list has meanwhile been brought up to date with the colleague's version.
    expect(await section.getByRole('row', { name: /Vervoert spullen voor anderen/ }).locator('td').nth(1).textContent()).toBe('3');

    // Retiring asks first; the item stays listed, marked.
    await activate(page, section.getByRole('button', { name: 'Buiten gebruik stellen: Bedelt op straat' }));
    const confirm = page.getByRole('dialog', { name: 'Signaal buiten gebruik stellen?' });
    expect(await isFocused(confirm.getByRole('button', { name: 'Annuleren' }))).toBe(true);
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Buiten gebruik stellen' }).click();
    await page.getByRole('status').filter({ hasText: '‘Bedelt op straat’ is buiten gebruik gesteld.' }).waitFor();
    await section.getByRole('row', { name: /Bedelt op straat/ }).getByText(/Buiten gebruik sinds/).waitFor();
    expect(await violations(page)).toEqual([]);

    // The worker no longer gets the retired item to choose, but the signal recorded with it still reads it.
    await continueAs(app, 'worker');
    const panel = await openSignals(page);
    expect(await timelineSubjects(panel)).toEqual(['Bedelt op straat']);
    await pressButton(page, panel.getByRole('button', { name: 'Signaal vastleggen' }));
    dialog = page.getByRole('dialog', { name: 'Signaal vastleggen' });
    const itemSelect = dialog.getByLabel('Signaal uit de lijst');
    await itemSelect.waitFor();
    const options = await itemSelect.locator('option').allTextContents();
    expect(options).toContain('Vervoert spullen voor anderen');
    expect(options).not.toContain('Bedelt op straat');
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
