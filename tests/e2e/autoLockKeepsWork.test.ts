import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { staff } from '../support/staff';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function logIn(page: Page, member: { name: string; password: string }): Promise<void> {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(member.name);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('the accounts issue end to end', () => {
  it('log in, open a youth, auto-lock, unlock: the half-filled form is still there, and the access log shows the view', async () => {
    app = await launchApp({
      start: 'locked',
      idleLockSeconds: 3,
      youths: [
        { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
        { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
      ],
    });
    const { page } = app;

    await logIn(page, staff.worker);
    const table = page.getByRole('table', { name: 'Jongeren' });
    await table.getByRole('row').filter({ hasText: 'Akkerman' }).click();
    await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();

    // Half-way through a correction, the worker walks away.
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    await page.getByLabel('Achternaam').fill('Akkerman-de Vries');
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor({ timeout: 10_000 });
    await page.getByText('Automatisch vergrendeld na 3 seconden zonder activiteit.').waitFor();
    // Locked means locked in main too: no data without signing in again.
    expect(await app.services.router('youths.open', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // The screen behind the lock is kept, but neither visible nor reachable.
    expect(await page.getByLabel('Achternaam').isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Achternaam' }).count()).toBe(0);

    await page.getByLabel('Wachtwoord', { exact: true }).fill(staff.worker.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();
    expect(await page.getByLabel('Achternaam').inputValue()).toBe('Akkerman-de Vries');
    // Nothing was saved behind the user's back.
    expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).isVisible()).toBe(true);

    // The aandachtsfunctionaris asks who looked at this file.
    await page.getByRole('button', { name: 'Wissel van gebruiker' }).click();
    // The unsaved correction is still there, so switching warns first.
    await page.getByRole('dialog').getByRole('button', { name: 'Toch wisselen' }).click();
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await logIn(page, staff.officer);
    await table.getByRole('row').filter({ hasText: 'Akkerman' }).click();
    await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Toon wie dit dossier heeft ingezien' }).click();
    const history = page.getByRole('table', { name: 'Wie heeft dit dossier ingezien?' });
    await history.waitFor();
    // The file itself was viewed once (its Vermissingen tab's read of the episode list is its own entry).
    const workerViews = history
      .getByRole('row')
      .filter({ hasText: staff.worker.name })
      .filter({ hasText: /Ingezien\s*Dossier\b/ });
    expect(await workerViews.count()).toBe(1);
    expect(await history.getByRole('row').filter({ hasText: staff.worker.name }).filter({ hasText: 'Gewijzigd' }).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});
