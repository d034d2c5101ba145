import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { PacketResult } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import type { TestYouth } from '../support/staff';
import { caseSummaryRequest } from '../support/shareRequests';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { continueAs, isFocused, openFileTabByKeyboard, openPage, pressButton, tabTo, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const today = localTodayIso();
const sanne = { firstName: 'Sanne', lastName: 'Verhoef', dateOfBirth: '2010-06-15', location: 'Groep Noord' } as const satisfies TestYouth;
const cato = { firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2011-05-03', location: 'Groep Zuid' } as const satisfies TestYouth;
const caseDisclosure = { recipient: 'Veilig Thuis Regio Voorbeeld', purpose: 'Advies over een vermoeden van uitbuiting', legalGround: 'meldrecht' } as const;

/** A meldcode case opened for the youth and its summary saved, through main's router as the signed-in user. */
async function savedCaseSummary(launched: LaunchedApp, youthId: string): Promise<PacketResult & { outcome: 'saved' }> {
  const opened = expectOk(await launched.services.router('meldcode.open', { youthId, suspicion: 'criminalExploitation', title: 'Nieuwe oudere vrienden' })) as { case: { id: string } };
  return expectOk(await launched.services.router('sharing.export', caseSummaryRequest(youthId, opened.case.id, caseDisclosure))) as PacketResult & { outcome: 'saved' };
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the disclosure register', () => {
  it('lists what the officer saved, filters it and exports it as CSV, itself an access-log entry', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths: [sanne, cato] });
    const { page } = app;
    const sanneId = await youthIdByName(app, sanne.lastName);
    const catoId = await youthIdByName(app, cato.lastName);

    // Sanne's police packet, saved through the page's own api binding as the missing screen does.
    const packet = (await page.evaluate(async (youthId) => {
      const api = (window as unknown as { api: Record<string, Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>> }).api;
      const reported = await api.missing!.report!({ youthId, facts: { discoveredAt: new Date(Date.now() - 3_600_000).toISOString() } });
      const episode = reported.value as { episode: { id: string } };
      return (await api.missing!.packet!({ episodeId: episode.episode.id, output: 'save' })).value;
    }, sanneId)) as PacketResult & { outcome: 'saved' };
    // Cato's case summary.
    const summary = await savedCaseSummary(app, catoId);
    expect(app.saved.map((file) => sha256Of(file.pdf))).toEqual([packet.sha256, summary.sha256]);

    await openPage(page, 'Verstrekkingen');
    const register = page.getByRole('table', { name: 'Verstrekkingenregister' });
    const rows = register.locator('tbody tr');
    await rows.nth(1).waitFor();
    // Newest first: the case summary, then the packet, each with the youth's name for the aandachtsfunctionaris.
    expect(await rows.nth(0).textContent()).toMatch(/Olga Aandacht.*Cato Claes.*Casussamenvatting.*Opgeslagen als PDF.*Veilig Thuis Regio Voorbeeld.*Meldrecht \(Veilig Thuis\)/);
    expect(await rows.nth(1).textContent()).toMatch(/Sanne Verhoef.*Vermissingspakket politie.*Politie.*Vitaal belang/);
    expect(await rows.nth(1).textContent()).toContain(packet.fileName);
    expect(await violations(page)).toEqual([]);

    // The short hash opens to the full one on keyboard focus.
    const hash = rows.nth(1).locator('.file-hash');
    await tabTo(page, hash);
    expect(await hash.getAttribute('title')).toBe(packet.sha256);
    expect(await hash.locator('.file-hash-full').isVisible()).toBe(true);
    expect(await hash.locator('.file-hash-full').textContent()).toBe(`SHA-256 ${packet.sha256}`);

    // Filter on the document: only the packet remains; a day range without disclosures shows the empty state.
    await tabTo(page, page.getByLabel('Document'), { backwards: true, maxSteps: 60 });
    await page.getByLabel('Document').selectOption({ label: 'Vermissingspakket politie' });
    await pressButton(page, page.getByRole('button', { name: 'Zoeken', exact: true }));
    await rows.filter({ hasText: 'Cato Claes' }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    await page.getByText('1 verstrekking', { exact: true }).waitFor();

    await page.getByLabel('Van').fill('2020-01-01');
    await page.getByLabel('Tot en met').fill('2020-01-31');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Geen verstrekkingen gevonden.').waitFor();
    expect(await violations(page)).toEqual([]);

    // A reversed range is stopped in the form, focus on the field to correct.
    await page.getByLabel('Van').fill(today);
    await page.getByLabel('Tot en met').fill('2020-01-31');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('De begindatum ligt na de einddatum.').waitFor();
    expect(await isFocused(page.getByLabel('Tot en met'))).toBe(true);

    await page.getByLabel('Tot en met').fill(today);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);

    // The CSV holds the filtered register, by keyboard.
    const exportButton = page.getByRole('button', { name: 'Exporteer als CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, exportButton)]);
    expect(download.suggestedFilename()).toMatch(/^verstrekkingenregister-\d{12}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Tijd;Door;Jongere;Document;Uitvoer;Ontvanger;Persoon bij ontvanger;Doel;Grondslag;Onderdelen;Bestandsnaam;SHA-256');
    expect(lines[1]).toContain(';Olga Aandacht;Sanne Verhoef;Vermissingspakket politie;Opgeslagen als PDF;Politie;');
    expect(lines[1]).toContain(';Vitaal belang;');
    expect(lines[1]!.endsWith(`;${packet.fileName};${packet.sha256}`)).toBe(true);
    await page.getByRole('status').filter({ hasText: `Export gemaakt: ${download.suggestedFilename()}.` }).waitFor();

    // The export is in the access log, as an export of the register.
    await openPage(page, 'Toegangslog');
    await page.getByRole('table', { name: 'Toegangslog' }).getByRole('row').filter({ hasText: 'Geëxporteerd' }).filter({ hasText: 'Verstrekkingenregister' }).first().waitFor();

    expect(app.problems).toEqual([]);
  });

  it('shows the administrator the youth only by reference', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths: [cato] });
    const { page } = app;
    const catoId = await youthIdByName(app, cato.lastName);
    await savedCaseSummary(app, catoId);

    await continueAs(app, 'admin');
    await openPage(page, 'Verstrekkingen');
    const row = page.getByRole('table', { name: 'Verstrekkingenregister' }).locator('tbody tr');
    await row.first().waitFor();
    const text = (await row.allTextContents()).join('\n');
    expect(text).toContain(`J-${catoId.slice(0, 8)}`);
    expect(text).not.toMatch(/Cato|Claes/);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it("shows a youth's own lines in the file's Verstrekkingen tab, and for a youth with nothing disclosed how to share", async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths: [sanne, cato] });
    const { page } = app;
    const catoId = await youthIdByName(app, cato.lastName);
    const summary = await savedCaseSummary(app, catoId);

    const catos = await openFileTabByKeyboard(page, cato, 'Verstrekkingen');
    const rows = catos.getByRole('table', { name: 'Verstrekkingen over deze jongere' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/Olga Aandacht.*Casussamenvatting.*Veilig Thuis Regio Voorbeeld.*Advies over een vermoeden van uitbuiting.*Meldrecht \(Veilig Thuis\)/);
    expect(await rows.first().locator('.file-hash').getAttribute('title')).toBe(summary.sha256);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    const sannes = await openFileTabByKeyboard(page, sanne, 'Verstrekkingen');
    await sannes.getByText('Er is nog niets over deze jongere verstrekt.').waitFor();
    expect(await sannes.getByText('kies dan ‘Gegevens verstrekken…’ in dit tabblad', { exact: false }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
