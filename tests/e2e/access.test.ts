import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import { signIn } from '../support/staff';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, menuItems, openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [
  { firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Joris', lastName: 'Zandbergen', dateOfBirth: '2009-11-20', location: 'Groep Zuid' },
  { firstName: 'Bram', lastName: 'Meulen', dateOfBirth: '2012-07-15', location: 'Groep West' },
] as const;

const reason = 'Joris is sinds 22:00 vermist; de politie vraagt nu om zijn signalement.';
const tooShort = 'Schrijf in minstens 20 tekens waarom je dit dossier nu nodig hebt.';

/** As the group worker, through main: emergency access to Joris (Groep Zuid), and one look at his file. */
async function workerUsedEmergencyAccess(current: LaunchedApp): Promise<string> {
  await signIn(current.services, 'worker');
  const found = await current.services.router('emergency.search', { query: 'Zandbergen' });
  if (!found.ok) throw new Error(found.error.message);
  const youthId = (found.value as { id: string }[])[0]!.id;
  expect(await current.services.router('emergency.request', { youthId, reason })).toMatchObject({ ok: true });
  expect(await current.services.router('youths.open', { id: youthId })).toMatchObject({ ok: true, value: { access: { kind: 'emergency' } } });
  lock(current.services.context);
  return youthId;
}

describe('need to know, emergency access and the access log in the real renderer', () => {
  it('shows a group worker only the own location, and opens another youth only by emergency access with a reason', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const table = page.getByRole('table', { name: 'Jongeren' });
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.locator('tbody tr td:first-child').allTextContents()).toEqual(['Akkerman']);

    await page.getByRole('button', { name: 'Noodtoegang' }).click();
    const dialog = page.getByRole('dialog', { name: 'Noodtoegang tot een dossier' });
    await dialog.getByText('beoordeelt achteraf').waitFor();
    // Own youths are not offered: they are in the list already.
    await dialog.getByLabel('Zoek de jongere op naam').fill('Akkerman');
    await dialog.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await dialog.getByText('Geen jongere gevonden met ‘Akkerman’').waitFor();

    await dialog.getByLabel('Zoek de jongere op naam').fill('zand');
    await dialog.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const candidate = dialog.getByRole('radio', { name: /Joris Zandbergen/ });
    await candidate.waitFor();
    expect(await candidate.isChecked()).toBe(true);
    expect(await dialog.getByRole('group', { name: /Kies de jongere/ }).textContent()).toContain('geboren in 2009, Groep Zuid');

    // Without a reason: refused, in Dutch, and nothing is granted.
    await dialog.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await dialog.getByText(tooShort).waitFor();
    expect(await dialog.getByLabel('Waarom heb je dit dossier nu nodig?').getAttribute('aria-invalid')).toBe('true');
    expect(await app.services.router('emergency.active', undefined)).toEqual({ ok: true, value: [] });
    // Main refuses it too, with the same message, whatever a renderer sends.
    const youthId = await candidate.getAttribute('value');
    expect(await app.services.router('emergency.request', { youthId, reason: 'even kijken' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: tooShort } },
    });

    await dialog.getByLabel('Waarom heb je dit dossier nu nodig?').fill(reason);
    await dialog.getByText(`${reason.length} tekens`).waitFor();
    await dialog.getByRole('button', { name: 'Noodtoegang openen' }).click();

    await page.getByRole('heading', { name: 'Joris Zandbergen', level: 1 }).waitFor();
    const notice = page.getByRole('note', { name: 'Noodtoegang' });
    expect(await notice.textContent()).toContain('Je werkt in dit dossier met noodtoegang, tot');
    expect(await notice.textContent()).toContain(reason);
    // The header banner heard about it at once.
    await page.getByRole('heading', { name: 'Noodtoegang actief' }).waitFor();
    // The file is open through main as an emergency read, and the youth is in the list while it runs.
    expect(await app.services.router('emergency.active', undefined)).toMatchObject({ ok: true, value: [{ youthName: 'Joris Zandbergen', reason }] });
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await table.getByRole('row').filter({ hasText: 'Zandbergen' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('lets the aandachtsfunctionaris review the emergency access and see who looked at the file', async () => {
    app = await launchApp({ start: 'locked', youths });
    await workerUsedEmergencyAccess(app);
    await continueAs(app, 'officer');
    const { page } = app;

    await openPage(page, 'Noodtoegang beoordelen');
    const grants = page.getByRole('table', { name: 'Noodtoegang te beoordelen' });
    const row = grants.getByRole('row').filter({ hasText: 'Wim Groep' });
    expect(await row.textContent()).toContain('Joris Zandbergen');
    expect(await row.textContent()).toContain(reason);
    expect(await row.textContent()).toContain('Groepswerker');

    await row.getByRole('button', { name: /^Beoordelen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Noodtoegang beoordelen' });
    await dialog.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await dialog.getByText('Schrijf kort je bevinding op.').waitFor();
    await dialog.getByLabel('Jouw bevinding').fill('Terecht: vermissing in de nacht, besproken met Wim.');
    await dialog.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Beoordeling opgeslagen' }).waitFor();
    await page.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
    expect(await app.services.router('emergency.toReview', undefined)).toEqual({ ok: true, value: [] });

    await openPage(page, 'Jongeren');
    await page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Zandbergen' }).click();
    await page.getByRole('heading', { name: 'Joris Zandbergen', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Toon wie dit dossier heeft ingezien' }).click();
    const history = page.getByRole('table', { name: 'Wie heeft dit dossier ingezien?' });
    await history.waitFor();
    const rows = history.getByRole('row');
    const worker = rows.filter({ hasText: 'Wim Groep' });
    expect(await worker.filter({ hasText: 'Noodtoegang' }).filter({ hasText: reason }).count()).toBeGreaterThan(0);
    expect(await worker.filter({ hasText: 'Ingezien' }).filter({ hasText: 'via noodtoegang' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Olga Aandacht' }).filter({ hasText: 'Ingezien' }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: 'Noodtoegang beoordeeld' }).filter({ hasText: 'Terecht' }).count()).toBe(1);
    expect(app.problems).toEqual([]);
  });

  it('does not show the group worker who looked at a file, nor the access log', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    await page.getByRole('table', { name: 'Jongeren' }).getByRole('row').filter({ hasText: 'Akkerman' }).click();
    await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();
    await page.getByText('Je ziet dit dossier omdat de jongere bij een van jouw locaties hoort.').waitFor();
    expect(await page.getByRole('heading', { name: 'Wie heeft dit dossier ingezien?' }).count()).toBe(0);
    expect(await menuItems(page)).not.toContain('Toegangslog');
    // Nor the staff list: that is the administrator's.
    expect(await app.services.router('accounts.list', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.services.router('accessLog.search', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets the administrator create an account with locations, disable another and export the access log as CSV', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    expect(await menuItems(page)).toEqual(['Beheer', 'Toegangslog', 'Verstrekkingen']);
    const accounts = page.getByRole('table', { name: 'Accounts' });
    await accounts.getByRole('row').filter({ hasText: 'Wim Groep' }).waitFor();

    await page.getByRole('button', { name: 'Nieuw account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw account' });
    await dialog.getByLabel('Gebruikersnaam').fill('Noor Nieuw');
    await dialog.getByLabel('Rol').selectOption({ label: 'Groepswerker' });
    await dialog.getByLabel('Eerste wachtwoord').fill('zomer-avond-fietstocht');
    // A group worker needs a location: refused in Dutch until one is ticked.
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await dialog.getByText('Kies minstens één locatie').waitFor();
    await dialog.getByRole('group', { name: /Locaties/ }).getByLabel('Groep West').check();
    await dialog.getByRole('group', { name: /Locaties/ }).getByLabel('Groep Zuid').check();
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('status').filter({ hasText: 'Account aangemaakt: Noor Nieuw' }).waitFor();
    const noor = accounts.getByRole('row').filter({ hasText: 'Noor Nieuw' });
    expect(await noor.textContent()).toContain('Groep West, Groep Zuid');
    expect(await noor.textContent()).toContain('kiest bij de volgende keer inloggen een eigen wachtwoord');

    await accounts.getByRole('button', { name: 'Uitschakelen: Tess Leiding' }).click();
    const confirm = page.getByRole('dialog', { name: 'Account van Tess Leiding uitschakelen?' });
    await confirm.getByRole('button', { name: 'Uitschakelen' }).click();
    await page.getByRole('status').filter({ hasText: 'Account van Tess Leiding is uitgeschakeld.' }).waitFor();
    expect(await accounts.getByRole('row').filter({ hasText: 'Tess Leiding' }).textContent()).toContain('Uitgeschakeld sinds');
    expect(await accounts.getByRole('button', { name: 'Weer activeren: Tess Leiding' }).count()).toBe(1);

    const listed = await app.services.router('accounts.list', undefined);
    const stored = listed.ok ? (listed.value as { name: string; locationIds: string[]; disabledAt: string | null; mustChangePassword: boolean }[]) : [];
    expect(stored.find((account) => account.name === 'Noor Nieuw')).toMatchObject({ mustChangePassword: true, disabledAt: null });
    expect(stored.find((account) => account.name === 'Noor Nieuw')?.locationIds).toHaveLength(2);
    expect(stored.find((account) => account.name === 'Tess Leiding')?.disabledAt).not.toBeNull();

    await openPage(page, 'Toegangslog');
    const log = page.getByRole('table', { name: 'Toegangslog' });
    await log.getByRole('row').filter({ hasText: 'uitgeschakeld; sleutelslot verwijderd' }).waitFor();
    // Filter on one action: only account creations remain.
    await page.getByLabel('Actie').selectOption({ label: 'Aangemaakt' });
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await log.getByRole('row').filter({ hasText: 'uitgeschakeld' }).waitFor({ state: 'detached' });
    // Waited for, not counted at once: between the old rows leaving and the new ones arriving the table is briefly empty.
    await log.getByRole('row').filter({ hasText: 'rol groupWorker' }).first().waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await log.getByRole('row').filter({ hasText: 'uitgeschakeld' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^toegangslog-\d{12}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Volgnummer;Tijd;Gebruiker;Rol;Actie;Onderdeel;Jongere;Werkplek;Reden;Details');
    expect(lines.some((line) => line.includes(';Eva Beheer;Applicatiebeheerder;Aangemaakt;Account;') && line.endsWith(';rol groupWorker'))).toBe(true);
    expect(lines.some((line) => line.includes(';Eva Beheer;Applicatiebeheerder;Gewijzigd;Account;') && line.endsWith(';"uitgeschakeld; sleutelslot verwijderd"'))).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Export gemaakt' }).waitFor();
    // The export is itself in the log.
    await log.getByRole('row').filter({ hasText: 'Geëxporteerd' }).waitFor();
    expect(app.problems).toEqual([]);
  });

  it('gives the administrator no youth pages and the youths only as a reference in the log', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin', youths });
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('button').first().waitFor();
    expect(await nav.getByRole('button', { name: 'Jongeren' }).count()).toBe(0);
    expect(await app.services.router('youths.list', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await openPage(page, 'Toegangslog');
    const created = page.getByRole('table', { name: 'Toegangslog' }).getByRole('row').filter({ hasText: 'Olga Aandacht' }).filter({ hasText: 'Aangemaakt' });
    await created.first().waitFor();
    const text = (await created.allTextContents()).join('\n');
    expect(text).toMatch(/J-[0-9a-f]{8}/);
    expect(text).not.toContain('Zandbergen');
  });
});
