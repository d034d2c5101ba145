import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** axe-core's WCAG 2.1 A/AA rules; every violation is listed with the elements it found. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const youths = [
  { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
  { firstName: 'Bram', lastName: 'Meulen', dateOfBirth: '2012-07-15', location: 'Groep Zuid' },
];

describe('accessibility and keyboard use', () => {
  it('has no WCAG A/AA violations on setup, login, the youth list and the new-youth dialog', async () => {
    app = await launchApp({ start: 'fresh' });
    await app.page.getByRole('button', { name: 'Database aanmaken' }).waitFor();
    expect(await violations(app.page)).toEqual([]);
    // Control: the scan does catch a field without a label.
    await app.page.evaluate("document.querySelector('form').append(document.createElement('input'))");
    expect((await violations(app.page)).join('\n')).toMatch(/^label:/m);
    await app.close();

    app = await launchApp({ start: 'locked', youths });
    await app.page.getByRole('button', { name: 'Inloggen' }).waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.close();

    app = await launchApp({ start: 'unlocked', youths });
    await app.page.getByRole('table', { name: 'Jongeren' }).getByRole('row').nth(1).waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await app.page.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByText('Vul de voornaam in.').waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('sorts by keyboard and moves between rows with the arrow keys', async () => {
    app = await launchApp({ start: 'unlocked', youths });
    const { page } = app;
    const table = page.getByRole('table', { name: 'Jongeren' });
    const firstCells = () => table.locator('tbody tr td:first-child').allTextContents();
    await table.getByRole('row').nth(1).waitFor();
    expect(await firstCells()).toEqual(['Akkerman', 'Meulen', 'Zandbergen']);

    const surname = table.getByRole('button', { name: 'Achternaam' });
    await surname.focus();
    await page.keyboard.press('Enter');
    await expect.poll(firstCells).toEqual(['Zandbergen', 'Meulen', 'Akkerman']);
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');

    await table.locator('tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(':focus').textContent()).toContain('Meulen');
    await page.keyboard.press('End');
    expect(await page.locator(':focus').textContent()).toContain('Akkerman');
    await page.keyboard.press('Home');
    expect(await page.locator(':focus').textContent()).toContain('Zandbergen');
  });

  it('asks before throwing away a half-filled form, and keeps it when the user goes on', async () => {
    app = await launchApp({ start: 'unlocked' });
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Half');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Verder invullen' }).click();
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Half');

    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('button', { name: 'Gegevens weggooien' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await app.services.router('youths.list', undefined)).toEqual({ ok: true, value: [] });
  });
});
