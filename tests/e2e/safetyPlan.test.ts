import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SafetyPlanVersion, SafetyPlanVersionSummary } from '../../preload/contract';
import { staff } from '../support/staff';
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

const openSafetyPlanTab = (page: Page) => openFileTabByKeyboard(page, youths[0], 'Veiligheidsplan');

describe('the safety plan in the youth file', () => {
  it('is written, saved twice as versions, listed and compared with the keyboard only', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const panel = await openSafetyPlanTab(page);
    await panel.getByText('Er is nog geen veiligheidsplan voor deze jongere.').waitFor();
    expect(await violations(page)).toEqual([]);

    await tabTo(page, panel.getByRole('button', { name: 'Veiligheidsplan opstellen' }));
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Veiligheidsplan opstellen' });
    await form.waitFor();

    const participant = (n: number) => form.getByRole('group', { name: `Deelnemer ${n}` });
    await tabTo(page, form.getByRole('button', { name: 'Deelnemer toevoegen' }));
    await page.keyboard.press('Enter');
    expect(await isFocused(participant(1).getByLabel('Naam'))).toBe(true);
    await page.keyboard.type('Anouk Aarts');
    await tabTo(page, participant(1).getByLabel('Rol'));
    await page.keyboard.type('jongere');
    await tabTo(page, form.getByRole('button', { name: 'Deelnemer toevoegen' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Marja Aarts');
    await tabTo(page, participant(2).getByLabel('Rol'));
    await page.keyboard.type('moeder');

    await tabTo(page, form.getByLabel('Afspraken die de veiligheid bewaken of herstellen'));
    await page.keyboard.type('Anouk is om 22:00 binnen.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Telefoon gaat om 23:00 naar de groepsleiding.');
    await tabTo(page, form.getByLabel('Risicosituaties: signalen van onttrekking of uitbuiting'));
    await page.keyboard.type('Na ruzie thuis loopt Anouk weg.');
    await tabTo(page, form.getByLabel('Wat het team doet als het onveilig wordt'));
    await page.keyboard.type('Anouk bellen, daarna de moeder.');

    const contact = form.getByRole('group', { name: 'Contact 1' });
    await tabTo(page, form.getByRole('button', { name: 'Contact toevoegen' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Marja Aarts');
    await tabTo(page, contact.getByLabel('Rol'));
    await page.keyboard.type('moeder');
    await tabTo(page, contact.getByLabel('Telefoonnummer'));
    await page.keyboard.type('06 1234 5678');
    await tabTo(page, form.getByLabel('Aandachtspunten sociale media'));
    await page.keyboard.type('Let op nieuwe volgers die cadeaus beloven.');

    // The review date is required: saving without it says so and puts focus on it.
    const reviewDate = form.getByLabel('Evaluatiedatum');
    await tabTo(page, form.getByRole('button', { name: 'Opslaan als versie 1' }));
    await page.keyboard.press('Enter');
    await form.getByText('Vul de evaluatiedatum in: dag, maand en jaar.').waitFor();
    expect(await isFocused(reviewDate)).toBe(true);
    // Day and month alike: Chromium orders the date's parts by its UI language, not the page's.
    await page.keyboard.type('05052036');
    expect(await reviewDate.inputValue()).toBe('2036-05-05');
    await tabTo(page, form.getByRole('button', { name: 'Opslaan als versie 1' }));
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: 'Veiligheidsplan opgeslagen als versie 1.' }).waitFor();
    await panel.getByText(`Versie 1, opgeslagen op`).waitFor();
    expect(await panel.textContent()).toContain(`door ${staff.officer.name}`);
    expect(await panel.textContent()).toContain('Marja Aarts (moeder): 0612345678');
    const update = panel.getByRole('button', { name: 'Veiligheidsplan bijwerken' });
    expect(await isFocused(update)).toBe(true);
    expect(await violations(page)).toEqual([]);

    // Second version: one more agreement, the mother no longer a participant.
    await page.keyboard.press('Enter');
    const updateForm = panel.getByRole('form', { name: 'Veiligheidsplan bijwerken' });
    await updateForm.waitFor();
    await tabTo(page, updateForm.getByRole('button', { name: 'Verwijderen deelnemer 2' }));
    await page.keyboard.press('Enter');
    expect(await updateForm.getByRole('group', { name: 'Deelnemer 2' }).count()).toBe(0);
    await tabTo(page, updateForm.getByLabel('Afspraken die de veiligheid bewaken of herstellen'));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Zakgeld op vrijdag.');
    await tabTo(page, updateForm.getByRole('button', { name: 'Opslaan als versie 2' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Veiligheidsplan opgeslagen als versie 2.' }).waitFor();

    await tabTo(page, panel.getByRole('button', { name: 'Versies tonen' }));
    await page.keyboard.press('Enter');
    const versions = panel.getByRole('table', { name: 'Versies van het veiligheidsplan' });
    await versions.waitFor();
    const rows = await versions.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('2 (huidige versie)');
    expect(rows[1]).toMatch(/^1\d\d-\d\d-\d{4} \d\d:\d\d/);
    for (const row of rows) expect(row).toContain(staff.officer.name);

    await tabTo(page, versions.getByRole('button', { name: 'Bekijken versie 1' }));
    await page.keyboard.press('Enter');
    const older = panel.getByRole('region', { name: 'Versie 1 (alleen lezen)' });
    await older.waitFor();
    expect(await isFocused(older.getByRole('heading', { name: 'Versie 1 (alleen lezen)' }))).toBe(true);
    expect(await older.textContent()).toContain('Marja Aarts (moeder)');

    await tabTo(page, older.getByRole('button', { name: 'Vergelijken met huidige versie' }));
    await page.keyboard.press('Enter');
    await older.getByText('2 van 7 onderdelen gewijzigd.', { exact: false }).waitFor();
    const removed = older.locator('.diff-removed');
    const added = older.locator('.diff-added');
    expect(await removed.allTextContents()).toEqual(['−Weggehaald: Marja Aarts (moeder)']);
    expect(await added.allTextContents()).toEqual(['+Toegevoegd: Zakgeld op vrijdag.']);
    expect(await older.locator('details summary').allTextContents()).toEqual([
      'Risicosituaties: signalen van onttrekking of uitbuiting — ongewijzigd',
      'Wat het team doet als het onveilig wordt — ongewijzigd',
      'Wie er gebeld wordt — ongewijzigd',
      'Aandachtspunten sociale media — ongewijzigd',
      'Evaluatiedatum — ongewijzigd',
    ]);
    expect(await violations(page)).toEqual([]);

    const saved = expectOk(await app.services.router('safetyPlan.versions', { youthId: await youthIdByName(app, 'Aarts') })) as SafetyPlanVersionSummary[];
    expect(saved.map((version) => version.version)).toEqual([2, 1]);
    expect(app.problems).toEqual([]);
  });

  it('keeps the typed text when a colleague saved a newer version meanwhile, shows the difference, and saves on top of it', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const youthId = await youthIdByName(app, 'Aarts');
    const content = { agreements: 'Om 22:00 binnen.', reviewDate: '2036-06-01' };
    expectOk(await app.services.router('safetyPlan.save', { youthId, basedOnVersion: null, content }));

    const panel = await openSafetyPlanTab(page);
    await tabTo(page, panel.getByRole('button', { name: 'Veiligheidsplan bijwerken' }));
    await page.keyboard.press('Enter');
    const form = panel.getByRole('form', { name: 'Veiligheidsplan bijwerken' });
    await tabTo(page, form.getByLabel('Wat het team doet als het onveilig wordt'));
    await page.keyboard.type('Mijn eigen aanvulling.');

    // A colleague saves version 2 while this form is open.
    const colleague = expectOk(await app.services.router('safetyPlan.save', { youthId, basedOnVersion: 1, content: { ...content, agreements: 'Om 21:30 binnen.' } }));
    expect((colleague as SafetyPlanVersion).version).toBe(2);

    await tabTo(page, form.getByRole('button', { name: 'Opslaan als versie 2' }));
    await page.keyboard.press('Enter');
    await form.getByRole('alert').filter({ hasText: 'Een collega heeft intussen een nieuwere versie' }).waitFor();
    const comparison = form.getByRole('region', { name: `Jouw tekst vergeleken met versie 2 van ${staff.officer.name}` });
    await comparison.waitFor();
    expect(await comparison.locator('.diff-added').allTextContents()).toEqual(['+Toegevoegd: Om 22:00 binnen.', '+Toegevoegd: Mijn eigen aanvulling.']);
    expect(await form.getByLabel('Wat het team doet als het onveilig wordt').inputValue()).toBe('Mijn eigen aanvulling.');
    expect(await violations(page)).toEqual([]);

    await tabTo(page, form.getByRole('button', { name: 'Opslaan als versie 3' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Veiligheidsplan opgeslagen als versie 3.' }).waitFor();
    const newest = expectOk(await app.services.router('safetyPlan.get', { youthId, version: 3 })) as SafetyPlanVersion;
    expect(newest.content).toMatchObject({ agreements: 'Om 22:00 binnen.', actionsWhenUnsafe: 'Mijn eigen aanvulling.' });
    expect(app.problems).toEqual([]);
  });
});
