import { afterEach, describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import { signIn } from '../support/staff';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [
  { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
  { firstName: 'Bram', lastName: 'Meulen', dateOfBirth: '2012-07-15', location: 'Groep Zuid' },
] as const;

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
    await app.page.getByText('Kies de locatie of groep.').waitFor();
    expect(await violations(app.page)).toEqual([]);
  });

  it('has no violations on the youth file, with its access history and a refused change', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    await page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Meulen' }).click();
    await page.getByRole('heading', { name: 'Bram Meulen', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Toon wie dit dossier heeft ingezien' }).click();
    await page.getByRole('table', { name: 'Wie heeft dit dossier ingezien?' }).waitFor();
    await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const edit = page.getByRole('form', { name: 'Gegevens wijzigen' });
    await edit.getByLabel('Voornaam').fill('');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await edit.getByText('Vul de voornaam in.').waitFor();
    expect(await page.locator(':focus').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.getByText('Wil je ze weggooien?').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('has no violations in the emergency-access dialog, with results, a refusal and the emergency notice', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    await page.getByRole('button', { name: 'Noodtoegang' }).click();
    const dialog = page.getByRole('dialog', { name: 'Noodtoegang tot een dossier' });
    await dialog.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await dialog.getByText('Typ minstens 2 letters van de naam.').waitFor();
    expect(await violations(page)).toEqual([]);
    await dialog.getByLabel('Zoek de jongere op naam').fill('en');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio').nth(1).waitFor();
    await dialog.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await dialog.getByText('Kies de jongere waarvan je het dossier nodig hebt.').waitFor();
    expect(await violations(page)).toEqual([]);

    // Enter in the search box searched, it did not send the request: nothing was granted yet.
    expect(await app.services.router('emergency.active', undefined)).toEqual({ ok: true, value: [] });
    await dialog.getByRole('radio', { name: /Bram Meulen/ }).check();
    await dialog.getByLabel('Waarom heb je dit dossier nu nodig?').fill('Bram is niet teruggekomen van school; ik vul de vermissing in.');
    await dialog.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await page.getByRole('heading', { name: 'Bram Meulen', level: 1 }).waitFor();
    await page.getByRole('note', { name: 'Noodtoegang' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('has no violations on the review page and its dialog, nor on the access log', async () => {
    app = await launchApp({ start: 'locked', youths });
    await signIn(app.services, 'lead');
    const found = await app.services.router('emergency.search', { query: 'Akkerman' });
    const youthId = found.ok ? (found.value as { id: string }[])[0]!.id : '';
    await app.services.router('emergency.request', { youthId, reason: 'Ilse logeert vannacht bij ons op Groep Zuid.' });
    lock(app.services.context);
    await continueAs(app, 'officer');
    const { page } = app;

    await openPage(page, 'Noodtoegang beoordelen');
    await page.getByRole('table', { name: 'Noodtoegang te beoordelen' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Beoordelen/ }).click();
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await page.getByText('Schrijf kort je bevinding op.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await openPage(page, 'Toegangslog');
    await page.getByRole('table', { name: 'Toegangslog' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Van').fill('2030-01-02');
    await page.getByLabel('Tot en met').fill('2030-01-01');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('has no violations on Beheer, its account dialogs and the new recovery key', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    await page.getByRole('table', { name: 'Accounts' }).getByRole('row').nth(1).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw account' });
    await dialog.getByLabel('Rol').selectOption({ label: 'Teamleider / gedragsdeskundige' });
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await dialog.getByText('Vul een gebruikersnaam in van minstens 2 tekens.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Gegevens weggooien' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Nieuw wachtwoord: Wim Groep' }).click();
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Kies een wachtwoord van minstens 12 tekens.').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();

    await page.getByLabel('Duur van noodtoegang (uren)').fill('13');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Kies hooguit 12 uur (één dienst).').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Duur van noodtoegang (uren)').fill('4');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Instellingen opgeslagen.').waitFor();
    expect(await app.services.router('settings.get', undefined)).toMatchObject({ ok: true, value: { emergencyAccessHours: 4 } });

    await page.getByRole('button', { name: 'Nieuwe herstelsleutel maken' }).click();
    const confirm = page.getByRole('dialog', { name: 'Nieuwe herstelsleutel maken?' });
    await confirm.getByText('werkt daarna').waitFor();
    expect(await violations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Nieuwe sleutel maken' }).click();
    const shown = page.getByRole('dialog', { name: 'Nieuwe herstelsleutel', exact: true });
    const key = (await shown.locator('.recovery-key').textContent())!;
    expect(key.length).toBeGreaterThan(20);
    // Not closed before the user confirms the key is stored.
    await shown.getByRole('button', { name: 'Klaar' }).click();
    await shown.getByText('Vink eerst aan').waitFor();
    expect(await violations(page)).toEqual([]);
    // Escape is answered like "Klaar": without the tick the dialog stays.
    await page.keyboard.press('Escape');
    expect(await shown.isVisible()).toBe(true);
    await shown.getByLabel('Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen').check();
    await shown.getByRole('button', { name: 'Klaar' }).click();
    await page.getByRole('status').filter({ hasText: 'De nieuwe herstelsleutel is in gebruik' }).waitFor();
    expect(await page.getByText(key).count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('sorts by keyboard, moves between rows with the arrow keys and opens a file with Enter', async () => {
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

    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Joris Zandbergen', level: 1 }).waitFor();
    // The heading takes focus, so the keyboard starts at the top of the file.
    expect(await page.locator(':focus').textContent()).toBe('Joris Zandbergen');
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
