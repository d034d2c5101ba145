import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import { passwordAdvice, type Account, type EmergencyCandidate, type EmergencyGrant, type Result } from '../../preload/contract';
import { staff } from '../support/staff';
import { violations } from './axeViolations';
import { e2eAdmin, launchApp, type LaunchedApp } from './harness';

let app: LaunchedApp | undefined;
afterEach(async () => {
  const problems = app?.problems ?? [];
  await app?.close();
  app = undefined;
  expect(problems).toEqual([]);
});

const loginHeading = (page: Page) => page.getByRole('heading', { name: 'Inloggen', level: 1 });
const nameField = (page: Page) => page.getByLabel('Gebruikersnaam', { exact: true });
const passwordField = (page: Page) => page.getByLabel('Wachtwoord', { exact: true });
const signedInAs = (page: Page, name: string) => page.getByRole('banner').getByText(name, { exact: true });
const isFocused = (element: { ownerDocument: { activeElement: unknown } }) => element === element.ownerDocument.activeElement;
const hasFocus = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate(isFocused);

async function logIn(page: Page, name: string, password: string): Promise<void> {
  await nameField(page).fill(name);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Whether any input on the page, hidden or not, still holds this text. */
const anyInputHolds = (page: Page, text: string) =>
  page.evaluate(`[...document.querySelectorAll('input')].some((input) => input.value === ${JSON.stringify(text)})`);

describe('setup and the recovery key', () => {
  it('shows the recovery key once, requires the tick, and the key it shows gives the administrator a new password', async () => {
    app = await launchApp({ start: 'fresh' });
    const { page } = app;
    await nameField(page).fill(e2eAdmin.name);
    await passwordField(page).fill(e2eAdmin.password);
    await page.getByLabel('Herhaal wachtwoord').fill(e2eAdmin.password);
    expect(await page.getByText(passwordAdvice).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Database aanmaken' }).click();

    await page.getByRole('heading', { name: 'Bewaar de herstelsleutel' }).waitFor();
    const recoveryKey = (await page.locator('.recovery-screen .recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(await violations(page)).toEqual([]);

    // "Afdrukken" prints; on paper only the sheet with title, date, key and instructions.
    await page.evaluate("window.print = () => document.body.setAttribute('data-printed', 'yes')");
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    expect(await page.getByRole('heading', { name: 'Herstelsleutel Waakzaam' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Bewaar de herstelsleutel' }).isVisible()).toBe(false);
    const sheet = page.locator('.recovery-sheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await sheet.getByRole('heading', { name: 'Herstelsleutel Waakzaam' }).isVisible()).toBe(true);
    expect(await sheet.textContent()).toContain(recoveryKey);
    expect(await sheet.textContent()).toMatch(/Gemaakt op \d{1,2} \w+ \d{4}/);
    await page.emulateMedia({ media: 'screen' });

    // The tick is required before the app opens.
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Vink eerst aan dat je de herstelsleutel veilig hebt opgeborgen').waitFor();
    const tick = page.getByLabel('Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen');
    expect(await tick.evaluate(isFocused)).toBe(true);
    expect(await tick.getAttribute('aria-invalid')).toBe('true');
    await tick.check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await signedInAs(page, e2eAdmin.name).waitFor();
    expect(await page.locator('.recovery-key').count()).toBe(0);

    // Every administrator password forgotten: the key from the screen (typed sloppily) sets a new one.
    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await loginHeading(page).waitFor();
    const forgot = page.getByRole('button', { name: 'Wachtwoord vergeten?' });
    expect(await forgot.getAttribute('aria-expanded')).toBe('false');
    await forgot.click();
    expect(await forgot.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Vraag de applicatiebeheerder om je wachtwoord opnieuw in te stellen.').waitFor();
    await page.getByRole('button', { name: 'Herstellen met de herstelsleutel' }).click();
    await page.getByRole('heading', { name: 'Herstellen met de herstelsleutel' }).waitFor();
    // The administrator's own Beheer page (hidden now) has a "Herstelsleutel" section too.
    const keyField = page.getByRole('textbox', { name: 'Herstelsleutel' });
    expect(await keyField.evaluate(isFocused)).toBe(true);
    expect(await violations(page)).toEqual([]);

    const newPassword = 'een nieuwe lente en een nieuw geluid';
    await keyField.fill('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    await page.getByLabel('Gebruikersnaam van de beheerder').fill(e2eAdmin.name);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByLabel('Herhaal nieuw wachtwoord').fill(`${newPassword}!`);
    await page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await page.getByText('De twee wachtwoorden zijn niet hetzelfde.').waitFor();
    await page.getByLabel('Herhaal nieuw wachtwoord').fill(newPassword);
    await page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze herstelsleutel past niet bij deze database.' }).waitFor();
    expect(await violations(page)).toEqual([]);

    await keyField.fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await signedInAs(page, e2eAdmin.name).waitFor();

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await loginHeading(page).waitFor();
    expect(await app.services.router('session.unlock', { name: e2eAdmin.name, password: e2eAdmin.password })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_CREDENTIALS' },
    });
    await logIn(page, e2eAdmin.name, newPassword);
    await signedInAs(page, e2eAdmin.name).waitFor();
  });
});

describe('locking keeps the screen for the same user only', () => {
  const youths = [{ firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' }] as const;

  it('gives the same user back the page and a half-filled form after "Vergrendel"', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    await page.getByRole('table', { name: 'Jongeren' }).getByRole('row').nth(1).waitFor();
    await page.getByLabel('Zoek op naam').fill('joris');

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await loginHeading(page).waitFor();
    await page.getByText('Waakzaam is vergrendeld.').waitFor();
    // Nothing of the signed-in screen is visible or reachable while locked.
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByLabel('Zoek op naam').isVisible()).toBe(false);
    expect(await app.services.router('youths.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // After an ordinary lock the name is filled in and the password field has focus.
    expect(await nameField(page).inputValue()).toBe(staff.officer.name);
    expect(await hasFocus(page, 'Wachtwoord')).toBe(true);

    await passwordField(page).fill(staff.officer.password);
    await page.keyboard.press('Enter');
    await signedInAs(page, staff.officer.name).waitFor();
    expect(await page.getByLabel('Zoek op naam').inputValue()).toBe('joris');

    // A modal dialog makes the header unreachable: Ctrl+L locks from inside it.
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Halverwege');
    await page.keyboard.press('Control+L');
    await loginHeading(page).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await hasFocus(page, 'Wachtwoord')).toBe(true);
    await passwordField(page).fill(staff.officer.password);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nieuwe jongere' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Voornaam').inputValue()).toBe('Halverwege');
    expect(await hasFocus(page, 'Voornaam')).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('warns before "switch user" with unsaved input, and someone else signing in never sees it', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuwe jongere' }).click();
    await page.getByLabel('Voornaam').fill('Halverwege');

    // Ctrl+Shift+L is "Wissel van gebruiker" from inside the dialog; the input makes it ask first.
    await page.keyboard.press('Control+Shift+L');
    const prompt = page.getByRole('dialog', { name: 'Wisselen van gebruiker?' });
    await prompt.getByText('Log jij zelf weer in, dan staan ze er nog.').waitFor();
    expect(await violations(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Annuleren' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Halverwege');

    await page.keyboard.press('Control+Shift+L');
    await prompt.getByRole('button', { name: 'Toch wisselen' }).click();
    await loginHeading(page).waitFor();
    await page.getByText('Wissel van gebruiker: log in met je eigen account.').waitFor();
    // After "switch user" the name starts empty, with focus.
    expect(await nameField(page).inputValue()).toBe('');
    expect(await hasFocus(page, 'Gebruikersnaam')).toBe(true);

    // The same user signing in again gets the input back…
    await logIn(page, staff.officer.name, staff.officer.password);
    await page.getByRole('dialog', { name: 'Nieuwe jongere' }).waitFor();
    expect(await page.getByLabel('Voornaam').inputValue()).toBe('Halverwege');

    // …someone else gets a fresh screen: no trace of it, not even hidden.
    await page.keyboard.press('Control+Shift+L');
    await prompt.getByRole('button', { name: 'Toch wisselen' }).click();
    await loginHeading(page).waitFor();
    await logIn(page, staff.lead.name, staff.lead.password);
    await signedInAs(page, staff.lead.name).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await anyInputHolds(page, 'Halverwege')).toBe(false);
    expect(await page.getByRole('banner').getByText(staff.officer.name).count()).toBe(0);

    // Without unsaved input the header button switches at once.
    await page.getByRole('button', { name: 'Wissel van gebruiker' }).click();
    await loginHeading(page).waitFor();
    expect(await nameField(page).inputValue()).toBe('');
  });
});

describe('automatic and main-initiated locks', () => {
  it('locks itself after the idle time, and not while the user is active', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', idleLockSeconds: 2 });
    const { page } = app;
    await signedInAs(page, staff.worker.name).waitFor();
    // Activity for three seconds, longer than the idle time, keeps it open.
    for (let step = 0; step < 12; step++) {
      await page.mouse.move(100 + step * 5, 200);
      await page.waitForTimeout(250);
    }
    expect(await loginHeading(page).count()).toBe(0);

    await loginHeading(page).waitFor({ timeout: 5_000 });
    await page.getByText('Automatisch vergrendeld na 2 seconden zonder activiteit.').waitFor();
    expect(await app.services.router('youths.list', undefined)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await nameField(page).inputValue()).toBe(staff.worker.name);
  });

  it('shows the unlock screen by itself when main locks (screen lock, sleep)', async () => {
    app = await launchApp({ start: 'unlocked', as: 'lead' });
    const { page } = app;
    await signedInAs(page, staff.lead.name).waitFor();
    lock(app.services.context, 'system');
    await loginHeading(page).waitFor();
    await page.getByText('Vergrendeld omdat het scherm van de computer op slot ging').waitFor();
    await passwordField(page).fill(staff.lead.password);
    await page.keyboard.press('Enter');
    await signedInAs(page, staff.lead.name).waitFor();
  });
});

describe('refusals at the unlock screen', () => {
  it('says when the password is wrong, and after three wrong passwords that the fourth attempt has to wait', async () => {
    app = await launchApp({ start: 'locked' });
    const { page } = app;
    await loginHeading(page).waitFor();
    for (let attempt = 1; attempt <= 3; attempt++) {
      await logIn(page, staff.worker.name, `verkeerd-wachtwoord-${attempt}`);
      await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord klopt niet.' }).waitFor();
      expect(await passwordField(page).inputValue()).toBe('');
      expect(await hasFocus(page, 'Wachtwoord')).toBe(true);
    }
    await logIn(page, staff.worker.name, staff.worker.password);
    await page.getByRole('alert').filter({ hasText: /Te veel mislukte pogingen\. Wacht nog \d+ seconden/ }).waitFor();
    expect(await loginHeading(page).isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('says so when the account is disabled', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    const accounts = (await app.services.router('accounts.list', undefined)) as Result<Account[]>;
    if (!accounts.ok) throw new Error(accounts.error.message);
    const worker = accounts.value.find((account) => account.name === staff.worker.name)!;
    expect(await app.services.router('accounts.disable', { id: worker.id })).toMatchObject({ ok: true });
    await page.getByRole('button', { name: 'Wissel van gebruiker' }).click();
    await logIn(page, staff.worker.name, staff.worker.password);
    await page.getByRole('alert').filter({ hasText: 'Dit account is uitgeschakeld.' }).waitFor();
  });
});

describe('passwords', () => {
  it('makes a user with a password set by the administrator choose their own first', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    const first = { name: 'Nina Nieuw', password: 'tijdelijk-begin-1' };
    const created = await app.services.router('accounts.create', { ...first, role: 'traffickingOfficer', locationIds: [] });
    expect(created).toMatchObject({ ok: true, value: { mustChangePassword: true } });

    await page.getByRole('button', { name: 'Wissel van gebruiker' }).click();
    await logIn(page, first.name, first.password);
    await page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByText(passwordAdvice).isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);

    const own = 'mijn eigen zin voor elke dienst';
    await page.getByLabel('Huidig wachtwoord').fill(first.password);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(own);
    await page.getByLabel('Herhaal nieuw wachtwoord').fill('iets anders');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('De twee wachtwoorden zijn niet hetzelfde.').waitFor();
    expect(await hasFocus(page, 'Herhaal nieuw wachtwoord')).toBe(true);
    await page.getByLabel('Herhaal nieuw wachtwoord').fill(own);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await signedInAs(page, first.name).waitFor();

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await loginHeading(page).waitFor();
    expect(await app.services.router('session.unlock', { name: first.name, password: own })).toMatchObject({
      ok: true,
      value: { mustChangePassword: false },
    });
  });

  it('lets every user change their password from the header', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker' });
    const { page } = app;
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wachtwoord wijzigen' });
    const own = 'de nachtdienst begint om elf';
    await dialog.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await dialog.getByLabel('Nieuw wachtwoord', { exact: true }).fill(own);
    await dialog.getByLabel('Herhaal nieuw wachtwoord').fill(own);
    await dialog.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await dialog.getByText('Je huidige wachtwoord klopt niet.').waitFor();
    expect(await violations(page)).toEqual([]);

    await dialog.getByLabel('Huidig wachtwoord').fill(staff.worker.password);
    await dialog.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Vergrendel' }).click();
    await loginHeading(page).waitFor();
    await logIn(page, staff.worker.name, staff.worker.password);
    await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord klopt niet.' }).waitFor();
    await logIn(page, staff.worker.name, own);
    await signedInAs(page, staff.worker.name).waitFor();
  });
});

describe('what the header tells the signed-in user', () => {
  it('shows a running emergency access on every page, refreshed when a page announces a change', async () => {
    app = await launchApp({
      start: 'unlocked',
      as: 'worker',
      youths: [{ firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' }],
    });
    const { page } = app;
    await signedInAs(page, staff.worker.name).waitFor();
    expect(await page.getByRole('region', { name: 'Noodtoegang actief' }).count()).toBe(0);

    const found = (await app.services.router('emergency.search', { query: 'Zandbergen' })) as Result<EmergencyCandidate[]>;
    if (!found.ok) throw new Error(found.error.message);
    const reason = 'Joris is vanavond niet teruggekomen; de politie vraagt het signalement.';
    const granted = (await app.services.router('emergency.request', { youthId: found.value[0]!.id, reason })) as Result<EmergencyGrant>;
    if (!granted.ok) throw new Error(granted.error.message);
    await page.evaluate("window.dispatchEvent(new Event('waakzaam:emergency-changed'))");

    const banner = page.getByRole('region', { name: 'Noodtoegang actief' });
    await banner.waitFor();
    const until = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(granted.value.expiresAt));
    expect(await banner.textContent()).toContain(`Dossier Joris Zandbergen tot ${until} — reden: ${reason}`);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Meldcode' }).click();
    expect(await banner.isVisible()).toBe(true);
    expect(await page.title()).toBe('Waakzaam');
    expect(await violations(page)).toEqual([]);
  });

  it('shows the notices of a login once, until the user has read them', async () => {
    app = await launchApp({ start: 'locked' });
    const { page } = app;
    // The computer's clock went back an hour: main tells the user at login.
    app.services.context.config.now = () => new Date(Date.now() - 60 * 60_000);
    await logIn(page, staff.officer.name, staff.officer.password);
    const notices = page.getByRole('region', { name: 'Let op' });
    await notices.getByText('De klok van deze computer loopt achter').waitFor();
    expect(await violations(page)).toEqual([]);
    await notices.getByRole('button', { name: 'Gelezen' }).click();
    expect(await notices.count()).toBe(0);
  });
});
