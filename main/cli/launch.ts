import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDemoDatabase } from '../demo/ensureDemoDatabase';
import { toApiError } from '../errors/toApiError';

/*
 * `npm start` = `electron-vite build && tsx main/cli/launch.ts`: makes sure the demo database
 * exists, finds (or fetches once) the Electron program and starts the built app with it.
 * Runs under plain Node; it never imports electron's API, only asks the electron npm package
 * where its binary is.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const demoDatabasePath = path.join(repoRoot, '.data', 'waakzaam-demo.db');
const require = createRequire(import.meta.url);

const electronMissingMessage = `
Waakzaam kan niet starten: het Electron-programma kon niet worden gedownload.
Deze computer heeft geen internettoegang tot de download van Electron, en zonder dat
programma kan het app-venster niet openen.
Wat wel werkt:
  npm test        alle tests
  npm run build   bouwt de app naar out/ (main, preload en renderer)
Op een computer met internet haalt \`npm start\` Electron zelf op en start de app.

(English: the Electron binary could not be downloaded — this machine has no internet access
to the Electron download. \`npm test\` and \`npm run build\` do work.)
`;

/**
 * The Electron binary's path, or undefined when it is not there. `require('electron')` would
 * itself try a download (with its own output and a thrown error) when the binary is missing,
 * so look for it first.
 */
function findElectronBinary(): string | undefined {
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const packageDir = electronPackageDir();
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    if (!existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()))) return undefined;
  }
  try {
    const binary: unknown = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function electronPackageDir(): string {
  return path.dirname(require.resolve('electron/package.json'));
}

/**
 * package.json's "allowScripts" keeps npm from running electron's install script, so fetch the
 * binary here, once, with the same script. Its output (a stack trace when offline) is kept
 * back; only its first line is shown as the reason.
 */
function installElectron(): void {
  process.stdout.write('Het Electron-programma ontbreekt; het wordt nu eenmalig gedownload…\n');
  const result = spawnSync(process.execPath, [path.join(electronPackageDir(), 'install.js')], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) {
    const reason = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0 && !line.startsWith('at '));
    process.stderr.write(`Downloaden mislukt${reason ? ` (${reason})` : result.error ? ` (${result.error.message})` : ''}.\n`);
  }
}

function runElectron(binary: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, WAAKZAAM_DB: demoDatabasePath };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [repoRoot], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`Electron kon niet worden gestart: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  mkdirSync(path.dirname(demoDatabasePath), { recursive: true });
  let demo: Awaited<ReturnType<typeof ensureDemoDatabase>>;
  try {
    demo = await ensureDemoDatabase(demoDatabasePath);
  } catch (error) {
    process.stderr.write(`De demodatabase kon niet worden geopend of gemaakt: ${toApiError(error).apiError.message}\n`);
    process.stderr.write(`(Bestand: ${path.relative(repoRoot, demoDatabasePath)})\n`);
    return 1;
  }
  const where = path.relative(repoRoot, demoDatabasePath);
  process.stdout.write(
    `Demodatabase ${demo.created ? 'aangemaakt' : 'gevonden'}: ${where} (alleen fictieve gegevens)\n` +
      `Inloggen als demogebruiker: naam "${demo.login.name}", wachtwoord "${demo.login.password}"\n` +
      `Andere demo-accounts met hetzelfde wachtwoord: ${demo.accounts.filter((account) => account.name !== demo.login.name).map((account) => `"${account.name}" (${account.role})`).join(', ')}\n`,
  );

  let binary = findElectronBinary();
  if (!binary) {
    installElectron();
    binary = findElectronBinary();
  }
  if (!binary) {
    process.stderr.write(electronMissingMessage);
    return 1;
  }
  return runElectron(binary);
}

process.exitCode = await main();
