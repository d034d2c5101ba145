import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { localTodayIso } from '../../preload/contract/isoDate';
import { disclosuresOf } from '../support/pdfPorts';
import { pdfText } from '../support/pdfText';
import type { TestYouth } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, isFocused, openPage, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();
const sem = { firstName: 'Sem', lastName: 'Jansen', dateOfBirth: `${Number(today.slice(0, 4)) - 14}-06-20`, location: 'Groep Noord' } as const satisfies TestYouth;

async function openTheCase(page: Page): Promise<void> {
  await openPage(page, 'Meldcode');
  await page.getByRole('table', { name: 'Lopende meldcodetrajecten' }).getByRole('button', { name: /Openen/ }).click();
  await page.getByRole('tablist', { name: 'Stappen van het meldcodetraject' }).waitFor();
}

describe('exporting a meldcode case', () => {
  it('asks recipient, purpose and legal ground, saves the summary and says the disclosure was recorded', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths: [sem] });
    const youthId = await youthIdByName(app, sem.lastName);
    expectOk(await app.services.router('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Nieuwe oudere vrienden' }));
    await continueAs(app, 'worker');
    const { page } = app;
    await openTheCase(page);

    await page.getByRole('button', { name: 'Casussamenvatting exporteren…' }).click();
    const recipient = page.getByLabel('Ontvanger');
    expect(await isFocused(recipient)).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await page.getByText('Vul in aan wie je de samenvatting geeft.').waitFor();
    expect(await isFocused(recipient)).toBe(true);
    expect(app.saved).toEqual([]);

    await recipient.fill('Veilig Thuis Regio Voorbeeld');
    await page.getByLabel('Doel').fill('Advies over een vermoeden van criminele uitbuiting');
    await page.getByLabel('Grondslag').selectOption({ label: 'Meldrecht (Veilig Thuis)' });
    await page.getByRole('button', { name: 'Opslaan als PDF' }).click();
    await page.getByRole('status').filter({ hasText: 'De verstrekking aan Veilig Thuis Regio Voorbeeld is vastgelegd.' }).waitFor();
    const [saved] = app.saved;
    expect(await page.getByRole('status').filter({ hasText: `Casussamenvatting opgeslagen: ${saved!.path}.` }).count()).toBe(1);
    expect(pdfText(saved!.pdf)).toContain('Vertrouwelijk — niet verder verstrekken');
    expect(disclosuresOf(app.services, youthId)).toEqual([expect.objectContaining({ document: 'meldcodeCase', recipient: 'Veilig Thuis Regio Voorbeeld', legalGround: 'meldrecht' })]);
    // The form closes once the file left, focus back on its button, which opens it again, empty.
    const reopen = page.getByRole('button', { name: 'Casussamenvatting exporteren…' });
    expect(await isFocused(reopen)).toBe(true);
    await reopen.click();
    expect(await page.getByLabel('Ontvanger').inputValue()).toBe('');
  });
});
