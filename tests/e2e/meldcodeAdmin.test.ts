import { afterEach, describe, expect, it } from 'vitest';
import type { Settings, SocialMapEntry } from '../../preload/contract';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { openPage } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Beheer for the meldcode', () => {
  it('the administrator adds a regional contact to the social map, corrects it, keeps the typed input when a colleague edited it in between, removes it after a confirm, and cannot remove a national default', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    await openPage(page, 'Beheer');
    const section = page.getByRole('region', { name: 'Sociale kaart' });
    const table = section.getByRole('table', { name: 'Sociale kaart' });
    const veiligThuis = table.locator('tbody tr').filter({ hasText: 'Veilig Thuis' }).filter({ hasText: '0800-2000' });
    await veiligThuis.waitFor();
    expect(await veiligThuis.getByRole('button', { name: /Verwijderen/ }).count()).toBe(0);

    await section.getByRole('button', { name: 'Contact toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Contact toevoegen' });
    await dialog.getByLabel('Soort contact').selectOption({ label: 'Zorgcoördinator mensenhandel (regio)' });
    await dialog.getByLabel('Naam').fill('Zorgcoördinator regio Oost');
    await dialog.getByLabel('Telefoonnummer').fill('bel mij');
    await dialog.getByRole('button', { name: 'Contact toevoegen' }).click();
    const phone = dialog.getByLabel('Telefoonnummer');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Vul een telefoonnummer in met alleen cijfers', { exact: false }).waitFor();
    await phone.fill('026 123 45 67');
    await dialog.getByRole('button', { name: 'Contact toevoegen' }).click();
    await section.getByRole('status').filter({ hasText: 'Contact toegevoegd: Zorgcoördinator regio Oost.' }).waitFor();

    const row = table.locator('tbody tr').filter({ hasText: 'Zorgcoördinator regio Oost' });
    await row.getByRole('button', { name: 'Bewerken Zorgcoördinator regio Oost' }).click();
    const edit = page.getByRole('dialog', { name: 'Zorgcoördinator regio Oost bewerken' });
    await edit.getByLabel('Toelichting').fill('Werkdagen 9–17 uur.');
    // A colleague changes the number meanwhile: the save is refused, their version shown, the typed note kept.
    const entries = expectOk(await app.services.router('socialMap.list', undefined)) as SocialMapEntry[];
    const stored = entries.find((entry) => entry.name === 'Zorgcoördinator regio Oost')!;
    expectOk(await app.services.router('socialMap.save', { mode: 'edit', id: stored.id, basedOnChangedAt: stored.changedAt, kind: stored.kind, name: stored.name, phone: '026 765 43 21', note: '' }));
    await edit.getByRole('button', { name: 'Contact opslaan' }).click();
    await edit.getByRole('button', { name: 'Nieuwste gegevens bekijken' }).click();
    await edit.getByRole('region', { name: 'Nu opgeslagen door je collega' }).getByText('026 765 43 21', { exact: false }).waitFor();
    expect(await edit.getByLabel('Toelichting').inputValue()).toBe('Werkdagen 9–17 uur.');
    await edit.getByLabel('Telefoonnummer').fill('026 765 43 21');
    await edit.getByRole('button', { name: 'Contact opslaan' }).click();
    await row.getByText('Werkdagen 9–17 uur.').waitFor();
    await row.getByText('026 765 43 21').waitFor();
    expect(await violations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Verwijderen Zorgcoördinator regio Oost' }).click();
    const confirm = page.getByRole('dialog', { name: 'Contact verwijderen' });
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await section.getByRole('status').filter({ hasText: 'Contact verwijderd: Zorgcoördinator regio Oost.' }).waitFor();
    expect(await row.count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('the administrator sets when a case counts as idle and which decisions are countersigned, with the message at the field for a wrong number', async () => {
    app = await launchApp({ start: 'unlocked', as: 'admin' });
    const { page } = app;
    await openPage(page, 'Beheer');
    const form = page.getByRole('form', { name: 'Instellingen' });
    const idle = form.getByLabel('Traject staat stil na (dagen)');
    await idle.fill('0');
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await form.getByText('Kies minstens 1 dag.').waitFor();
    await idle.fill('21');
    await form.getByLabel('Welke besluiten in stap 5 worden medeondertekend?').selectOption({ label: 'Elk besluit in stap 5' });
    await form.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await form.getByRole('status').filter({ hasText: 'Instellingen opgeslagen.' }).waitFor();
    const settings = expectOk(await app.services.router('settings.get', undefined)) as Settings;
    expect(settings.meldcodeIdleDays).toBe(21);
    expect(settings.countersignDecisions).toBe('all');
    expect(app.problems).toEqual([]);
  });
});
