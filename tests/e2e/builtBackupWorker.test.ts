import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../main/backup/backupFiles';
import { createBackupRunner } from '../../main/backup/backupRunner';
import { backupInWorker } from '../../main/backup/backupInWorker';
import { workerScript } from '../../main/workers/workerScript';
import { filledServices } from '../support/backupFixture';
import { signIn } from '../support/staff';
import { tempDir } from '../support/tempDatabase';

/** The bundles this project's global setup built with the app's own electron-vite config. */
const mainOut = fileURLToPath(new URL('../../out/main/', import.meta.url));
const builtScript = workerScript(pathToFileURL(path.join(mainOut, 'index.js')).href, { source: './backupWorker.ts', built: './backupWorker.js' });

describe('the backup worker in the built app', () => {
  it('is emitted beside index.js, which names it, and makes a verified backup from the bundle', async () => {
    expect(fileURLToPath(builtScript.url)).toBe(path.join(mainOut, 'backupWorker.js'));
    expect(readFileSync(path.join(mainOut, 'index.js'), 'utf8')).toContain('"./backupWorker.js"');
    const services = await filledServices();
    await signIn(services, 'worker');
    const folder = tempDir();
    const runner = createBackupRunner(services.context, { folder, keep: 3, intervalMinutes: 15 }, (job) => backupInWorker(job, builtScript));
    const summary = await runner.run('manual');
    expect(listBackups(folder).map((file) => path.basename(file))).toEqual([summary.fileName]);
    expect(summary.logIntact).toBe(true);
  });
});
