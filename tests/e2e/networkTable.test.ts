import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Network } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, openFileTabByKeyboard, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;

/** Moves a focused, closed <select> with the arrow keys until `label` is chosen. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  for (let step = 0; step < 40; step++) {
    if ((await select.locator('option:checked').textContent()) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Option not reached with the arrow keys: ${label}`);
}

async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

const rowTexts = (table: Locator) => table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => (row as { innerText: string }).innerText.replace(/\s+/g, ' ').trim()));

describe('the network analysis as tables', () => {
  it('adds a person and a place, links them, and deletes the person moving its links, with the keyboard only', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const panel = await openFileTabByKeyboard(page, youths[0], 'Netwerk');
    await panel.getByText('Het netwerk van Anouk Aarts is nog leeg.').waitFor();
    expect(await violations(page)).toEqual([]);

    // A person: the kind is preset by the button, the kind's own fields follow.
    await pressButton(page, panel.getByRole('button', { name: 'Persoon toevoegen' }));
    let dialog = page.getByRole('dialog', { name: 'Persoon toevoegen' });
    await dialog.waitFor();
    expect(await isFocused(dialog.getByLabel('Wat voeg je toe?'))).toBe(true);
    await tabTo(page, dialog.getByLabel('Wie is dit voor de jongere?'));
    await choose(page, dialog.getByLabel('Wie is dit voor de jongere?'), 'Nieuw contact');
    await tabTo(page, dialog.getByLabel('Naam of omschrijving'));
    await page.keyboard.type('Sem');
    await tabTo(page, dialog.getByLabel('Bron'));
    await page.keyboard.type('Eigen waarneming groepsleiding');
    await pressButton(page, dialog.getByRole('button', { name: 'Toevoegen' }));
    await page.getByRole('status').filter({ hasText: 'Sem is toegevoegd aan het netwerk.' }).waitFor();

    // A place, without its required type first: the dialog says what is missing and keeps the input.
    await pressButton(page, panel.getByRole('button', { name: 'Plek toevoegen' }));
    dialog = page.getByRole('dialog', { name: 'Plek of adres toevoegen' });
    await dialog.waitFor();
    await tabTo(page, dialog.getByLabel('Naam of omschrijving'));
    await page.keyboard.type('Skatebaan bij het station');
    await tabTo(page, dialog.getByLabel('Bron'));
    await page.keyboard.type('De jongere zelf');
    await pressButton(page, dialog.getByRole('button', { name: 'Toevoegen' }));
    await dialog.getByText('Kies wat voor plek dit is.').waitFor();
    expect(await isFocused(dialog.getByLabel('Soort plek'))).toBe(true);
    await choose(page, dialog.getByLabel('Soort plek'), 'Hangplek');
    await pressButton(page, dialog.getByRole('button', { name: 'Toevoegen' }));
    await page.getByRole('status').filter({ hasText: 'Skatebaan bij het station is toegevoegd aan het netwerk.' }).waitFor();

    // The youth → Sem, then Sem → the place.
    await pressButton(page, panel.getByRole('button', { name: 'Verband toevoegen' }));
    dialog = page.getByRole('dialog', { name: 'Verband toevoegen' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Van').locator('option:checked').textContent()).toBe('Anouk Aarts (de jongere)');
    await tabTo(page, dialog.getByLabel('Naar'));
    await choose(page, dialog.getByLabel('Naar'), 'Sem');
    await tabTo(page, dialog.getByLabel('Soort verband'));
    await choose(page, dialog.getByLabel('Soort verband'), 'Vriendschap');
    await tabTo(page, dialog.getByLabel('Beoordeling'));
    await choose(page, dialog.getByLabel('Beoordeling'), 'Zorgelijk');
    await tabTo(page, dialog.getByLabel('Bron'));
    await page.keyboard.type('Mentor');
    await pressButton(page, dialog.getByRole('button', { name: 'Verband toevoegen' }));
    await page.getByRole('status').filter({ hasText: 'Verband toegevoegd: Vriendschap, zorgelijk: tussen Anouk Aarts en Sem.' }).waitFor();

    await pressButton(page, panel.getByRole('button', { name: 'Verband toevoegen' }));
    dialog = page.getByRole('dialog', { name: 'Verband toevoegen' });
    await dialog.waitFor();
    await choose(page, dialog.getByLabel('Van'), 'Sem');
    await tabTo(page, dialog.getByLabel('Naar'));
    await choose(page, dialog.getByLabel('Naar'), 'Skatebaan bij het station');
    await tabTo(page, dialog.getByLabel('Soort verband'));
    await choose(page, dialog.getByLabel('Soort verband'), 'Geeft drugs, geld of cadeaus');
    await tabTo(page, dialog.getByLabel('Beoordeling'));
    await choose(page, dialog.getByLabel('Beoordeling'), 'Gevaar');
    await tabTo(page, dialog.getByLabel('Bron'));
    await page.keyboard.type('Wijkagent');
    await pressButton(page, dialog.getByRole('button', { name: 'Verband toevoegen' }));
    await page.getByRole('status').filter({ hasText: 'Verband toegevoegd: Geeft drugs, geld of cadeaus, gevaar: van Sem naar Skatebaan bij het station.' }).waitFor();

    const entities = panel.getByRole('table', { name: 'Personen, plekken en andere punten' });
    const links = panel.getByRole('table', { name: 'Verbanden' });
    expect(await rowTexts(entities)).toEqual([
      'Persoon Sem Nieuw contact Nee Nee Eigen waarneming groepsleiding — Wijzigen Verwijderen',
      'Plek of adres Skatebaan bij het station Hangplek Nee Nee De jongere zelf — Wijzigen Verwijderen',
    ]);
    expect(await rowTexts(links)).toEqual([
      'Anouk Aarts Sem Vriendschap Zorgelijk Mentor — Wijzigen Verwijderen',
      'Sem Skatebaan bij het station Geeft drugs, geld of cadeaus Gevaar Wijkagent — Wijzigen Verwijderen',
    ]);
    expect(await violations(page)).toEqual([]);

    // Delete Sem and move the links to the youth: Sem → place becomes youth → place; youth → Sem would point at itself.
    await pressButton(page, entities.getByRole('button', { name: 'Verwijderen: Sem' }));
    dialog = page.getByRole('dialog', { name: 'Sem verwijderen?' });
    await dialog.waitFor();
    await dialog.getByText('Sem heeft 2 verbanden. Wat moet daarmee gebeuren?').waitFor();
    expect(await dialog.evaluate((element: { contains(node: unknown): boolean; ownerDocument: { activeElement: unknown } }) => element.contains(element.ownerDocument.activeElement))).toBe(true);
    await tabTo(page, dialog.getByRole('radio', { name: 'Verbanden ook verwijderen' }), { backwards: true });
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Verbanden verplaatsen naar …' }).isChecked()).toBe(true);
    await tabTo(page, dialog.getByLabel('Verbanden verplaatsen naar', { exact: true }));
    await choose(page, dialog.getByLabel('Verbanden verplaatsen naar', { exact: true }), 'Anouk Aarts (de jongere)');
    expect(await violations(page)).toEqual([]);
    await pressButton(page, dialog.getByRole('button', { name: 'Verwijderen' }));
    await page.getByRole('status').filter({ hasText: 'Sem is verwijderd. 1 verband verplaatst, 1 verband vervallen (dubbel of naar zichzelf).' }).waitFor();

    expect(await rowTexts(entities)).toEqual(['Plek of adres Skatebaan bij het station Hangplek Nee Nee De jongere zelf — Wijzigen Verwijderen']);
    expect(await rowTexts(links)).toEqual(['Anouk Aarts Skatebaan bij het station Geeft drugs, geld of cadeaus Gevaar Wijkagent — Wijzigen Verwijderen']);
    const stored = expectOk(await app.services.router('network.get', { youthId: await youthIdByName(app, 'Aarts') })) as Network;
    expect(stored.entities.map((entity) => entity.label)).toEqual(['Skatebaan bij het station']);
    expect(stored.links).toEqual([expect.objectContaining({ fromId: null, toId: stored.entities[0]!.id, type: 'supplies', rating: 'danger' })]);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('asks before throwing away a half-filled entity, and marks the tab as not saved meanwhile', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const panel = await openFileTabByKeyboard(page, youths[0], 'Netwerk');
    await pressButton(page, panel.getByRole('button', { name: 'Online account toevoegen' }));
    const dialog = page.getByRole('dialog', { name: 'Online account toevoegen' });
    await tabTo(page, dialog.getByLabel('Platform'));
    await page.keyboard.type('Snapchat');
    await page.getByRole('tab', { name: 'Netwerk (niet opgeslagen)' }).waitFor({ state: 'attached' });

    await page.keyboard.press('Escape');
    await dialog.getByText('Je hebt gegevens ingevuld die nog niet zijn opgeslagen. Wil je ze weggooien?').waitFor();
    await page.keyboard.press('Enter'); // "Verder invullen" has focus
    expect(await dialog.getByLabel('Platform').inputValue()).toBe('Snapchat');

    await page.keyboard.press('Escape');
    await pressButton(page, dialog.getByRole('button', { name: 'Gegevens weggooien' }));
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Netwerk', exact: true }).waitFor({ state: 'attached' });
    expect(await panel.getByRole('table').count()).toBe(0);
  });
});
