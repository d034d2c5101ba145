import { afterEach, describe, expect, it } from 'vitest';
import { staff } from '../support/staff';
import { e2eAdmin, launchApp, type LaunchedApp } from './harness';
import { menuItems, openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [
  { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
] as const;

describe('first run, login, the youth list and the youth file in the real renderer', () => {
  it('sets up the database, shows the recovery key once and opens Beheer for the administrator, without youth pages', async () => {
    app = await launchApp({ start: 'fresh' });
    const { page } = app;
    await page.getByLabel('Gebruikersnaam').fill(e2eAdmin.name);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(e2eAdmin.password);
    await page.getByLabel('Herhaal wachtwoord').fill(e2eAdmin.password);
    await page.getByRole('button', { name: 'Database aanmaken' }).click();

    await page.getByLabel('Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen').check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    expect(await menuItems(page)).toEqual(['Beheer', 'Toegangslog', 'Verstrekkingen']);
    expect(app.problems).toEqual([]);
  });

  it('creates a youth with the location chosen from the list and finds it after a reload', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer' });
    const { page } = app;
    const marker = `Merel${Date.now().toString(36)}`;

    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill(marker);
    await page.getByLabel('Achternaam').fill('de Proef');
    await page.getByLabel('Geboortedatum').fill('2011-09-14');
    // The officer may file under every location: one has to be chosen.
    const location = page.getByLabel('Locatie of groep');
    expect(await location.locator('option').allTextContents()).toEqual(['Kies een locatie of groep', 'Groep Noord', 'Groep West', 'Groep Zuid']);
    await location.selectOption({ label: 'Groep West' });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: marker }).waitFor();

    await page.reload();
    const row = page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: marker });
    await row.waitFor();
    expect(await row.textContent()).toContain('Groep West');
    expect(app.problems).toEqual([]);
  });

  it('fills in the only location of a group worker, and files the youth there', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    const location = page.getByLabel('Locatie of groep');
    await expect.poll(() => location.locator('option:checked').textContent()).toBe('Groep Noord');
    expect(await location.locator('option').allTextContents()).toEqual(['Groep Noord']);

    // Only the preselected location: nothing typed yet, so Escape closes without asking.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Sem');
    await page.getByLabel('Achternaam').fill('Noorderlicht');
    await page.getByLabel('Geboortedatum').fill('2010-05-05');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const row = page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Noorderlicht' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Groep Noord');
  });

  it('shows the Dutch field messages when the input is wrong, and saves nothing', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Tijn');
    await page.getByLabel('Achternaam').fill('Toekomst');
    await page.getByLabel('Geboortedatum').fill('2999-01-01');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Een geboortedatum kan niet in de toekomst liggen.').waitFor();
    await page.getByText('Kies de locatie of groep.').waitFor();
    expect(await page.getByLabel('Geboortedatum').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Locatie of groep').getAttribute('aria-invalid')).toBe('true');
    expect(await app.services.router('youths.list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('logs in with the right password only, filters the list by name and locks again', async () => {
    app = await launchApp({ start: 'locked', youths });
    const { page } = app;
    await page.getByLabel('Gebruikersnaam').fill(staff.officer.name);
    await page.getByLabel('Wachtwoord').fill('helemaal-verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord klopt niet.' }).waitFor();

    await page.getByLabel('Wachtwoord').fill(staff.officer.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const table = page.getByRole('table', { name: 'Jongeren' });
    await table.getByRole('row').filter({ hasText: 'Zandbergen' }).waitFor();

    await page.getByLabel('Zoek op naam').fill('ilse');
    await table.getByRole('row').filter({ hasText: 'Zandbergen' }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').filter({ hasText: 'Akkerman' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await app.services.router('youths.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('opens a youth file from the list, changes the data behind an unsaved-changes guard and goes back', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    await page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Akkerman' }).click();
    await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();
    await page.getByText('Je ziet dit dossier als aandachtsfunctionaris').waitFor();
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Gegevens wijzigen' });
    expect(await edit.getByLabel('Locatie of groep').locator('option:checked').textContent()).toBe('Groep Noord');

    // Leaving with a change asks first; "Verder invullen" keeps it.
    await edit.getByLabel('Voornaam').fill('Ilona');
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.getByRole('button', { name: 'Verder invullen' }).click();
    expect(await edit.getByLabel('Voornaam').inputValue()).toBe('Ilona');
    // So does the main menu.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Meldcode' }).click();
    await page.getByRole('dialog', { name: 'Pagina verlaten?' }).getByRole('button', { name: 'Verder invullen' }).click();
    expect(await edit.getByLabel('Voornaam').inputValue()).toBe('Ilona');

    await edit.getByLabel('Locatie of groep').selectOption({ label: 'Groep West' });
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Gegevens opgeslagen voor Ilona Akkerman.' }).waitFor();
    await page.getByRole('heading', { name: 'Ilona Akkerman', level: 1 }).waitFor();

    // Saved: nothing to lose, so back goes straight to the list, which shows the change.
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    const row = page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Ilona' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Groep West');
    expect(app.problems).toEqual([]);
  });

  it('offers each role its own menu', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer' });
    expect(await menuItems(app.page)).toEqual(['Jongeren', 'Meldcode', 'Vermissingen', 'Noodtoegang beoordelen', 'Toegangslog', 'Verstrekkingen']);
    for (const section of ['Meldcode', 'Vermissingen', 'Noodtoegang beoordelen', 'Toegangslog', 'Jongeren']) await openPage(app.page, section);
    await app.close();

    app = await launchApp({ start: 'unlocked', as: 'worker' });
    expect(await menuItems(app.page)).toEqual(['Jongeren', 'Meldcode', 'Vermissingen']);
    await app.close();

    app = await launchApp({ start: 'unlocked', as: 'admin' });
    expect(await menuItems(app.page)).toEqual(['Beheer', 'Toegangslog', 'Verstrekkingen']);
    await openPage(app.page, 'Toegangslog');
    await openPage(app.page, 'Beheer');
  });
});
