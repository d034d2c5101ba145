import { afterEach, describe, expect, it } from 'vitest';
import { e2eAdmin, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('first run, login and the youth list in the real renderer', () => {
  it('sets up the database, creates a youth through the form and finds it in the list after a reload', async () => {
    app = await launchApp({ start: 'fresh' });
    const { page } = app;
    const marker = `Merel${Date.now().toString(36)}`;

    await page.getByLabel('Gebruikersnaam').fill(e2eAdmin.name);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(e2eAdmin.password);
    await page.getByLabel('Herhaal wachtwoord').fill(e2eAdmin.password);
    await page.getByRole('button', { name: 'Database aanmaken' }).click();

    await page.getByRole('heading', { name: 'Jongeren' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill(marker);
    await page.getByLabel('Achternaam').fill('de Proef');
    await page.getByLabel('Geboortedatum').fill('2011-09-14');
    await page.getByLabel('Locatie of groep').fill('Groep Zonnebloem');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: marker }).waitFor();

    await page.reload();
    const table = page.getByRole('table', { name: 'Jongeren' });
    await table.getByRole('row').filter({ hasText: marker }).waitFor();
    await expect(table.getByRole('row').filter({ hasText: marker }).textContent()).resolves.toContain('Groep Zonnebloem');
    expect(app.problems).toEqual([]);
  });

  it('shows the Dutch field messages from main when the input is wrong, and saves nothing', async () => {
    app = await launchApp({ start: 'unlocked' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Tijn');
    await page.getByLabel('Achternaam').fill('Toekomst');
    await page.getByLabel('Geboortedatum').fill('2999-01-01');
    await page.getByLabel('Locatie of groep').fill('Groep Noord');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Een geboortedatum kan niet in de toekomst liggen.').waitFor();
    expect(await page.getByLabel('Geboortedatum').getAttribute('aria-invalid')).toBe('true');
    const listed = await app.services.router('youths.list', undefined);
    expect(listed).toEqual({ ok: true, value: [] });
  });

  it('logs in with the right password only, filters the list by name and locks again', async () => {
    app = await launchApp({
      start: 'locked',
      youths: [
        { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
        { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
      ],
    });
    const { page } = app;
    await page.getByLabel('Gebruikersnaam').fill(e2eAdmin.name);
    await page.getByLabel('Wachtwoord').fill('helemaal-verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord klopt niet.' }).waitFor();

    await page.getByLabel('Wachtwoord').fill(e2eAdmin.password);
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

  it('offers the four sections in the main navigation', async () => {
    app = await launchApp({ start: 'unlocked' });
    const nav = app.page.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const section of ['Jongeren', 'Meldcode', 'Vermissingen', 'Beheer']) {
      await nav.getByRole('button', { name: section }).or(nav.getByRole('link', { name: section })).click();
      await app.page.getByRole('heading', { name: section, level: 1 }).or(app.page.getByRole('heading', { name: section }).first()).first().waitFor();
    }
  });
});
