import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../main/backup/backupFiles';
import { backupMessages } from '../../main/backup/backupMessages';
import { tempDir } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { openPage, pressButton } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('backups in Beheer and on the start screen', () => {
  it('warns a group worker on the start screen while there is no backup, and stops once one is made', async () => {
    const folder = tempDir();
    app = await launchApp({ start: 'unlocked', as: 'worker', backup: { folder } });
    const { page } = app;
    const notice = page.getByRole('status').filter({ hasText: 'Let op: back-up te oud.' });
    await notice.getByText('Er is nog geen back-up van deze database gemaakt.', { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    await app.services.backups!.run('manual');
    await openPage(page, 'Meldcode');
    await openPage(page, 'Jongeren');
    await page.getByRole('heading', { name: 'Alle jongeren' }).waitFor();
    expect(await notice.count()).toBe(0);
  });

  it('the administrator backs up with one keyboard action and sees it verified; a missing folder is told in Dutch', async () => {
    const folder = tempDir();
    app = await launchApp({ start: 'unlocked', as: 'admin', backup: { folder } });
    const { page } = app;
    await openPage(page, 'Beheer');
    const section = page.getByRole('region', { name: 'Back-ups' });
    // Beheer is long: start the keyboard walk at the section (a click sets Chromium's focus starting point).
    await section.getByText('Er is nog geen back-up in de map.').click();
    await pressButton(page, section.getByRole('button', { name: 'Nu een back-up maken' }));
    await section.getByRole('status').filter({ hasText: 'Back-up gemaakt en gecontroleerd: waakzaam-' }).waitFor();
    const [made] = listBackups(folder);
    expect(made).toBeDefined();
    await section.getByText(`(${path.basename(made!)})`, { exact: false }).waitFor();
    expect(await violations(page)).toEqual([]);

    fs.rmSync(folder, { recursive: true });
    await section.getByRole('button', { name: 'Nu een back-up maken' }).click();
    await section.getByRole('alert').filter({ hasText: backupMessages.folderMissing }).waitFor();
    await section.getByText(`Laatste poging mislukt: ${backupMessages.folderMissing}`).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
