import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { ensureDemoDatabase } from '../../main/demo/ensureDemoDatabase';
import { demoAccounts, demoPassword } from '../../main/demo/demoYouths';
import { createConsoleLogger, silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { unlock } from '../../main/services/sessionService';
import { appOrigin } from '../../main/shell/appOrigin';
import { isTrustedIpcSender } from '../../main/shell/navigation';
import { rendererResponseHeaders, resolveRendererPath } from '../../main/shell/rendererFiles';
import { createApi } from '../../preload/api';
import { channelNames, type SessionLockedEvent } from '../../preload/contract';
import { copyStaffedDatabase, seedYouths, signIn, staff, type StaffMember, type TestYouth } from '../support/staff';

/** Where `electron-vite build` puts the renderer; tests/e2e/buildRenderer.ts builds it first. */
export const rendererRoot = path.resolve('out/renderer');

/** The page is served from this made-up origin; requests to it never leave Playwright. */
const testOrigin = 'http://waakzaam.test';

/** The first-run administrator, for tests that go through setup themselves. */
export const e2eAdmin = { name: staff.admin.name, password: staff.admin.password } as const;

export interface LaunchOptions {
  /**
   * How main starts: 'fresh' shows the first-run setup; 'locked' has the test staff (see
   * tests/support/staff.ts) and shows the login; 'unlocked' is signed in as `as`.
   */
  start?: 'fresh' | 'locked' | 'unlocked';
  /** Who is signed in with start 'unlocked'; the aandachtsfunctionaris by default. */
  as?: StaffMember;
  /**
   * Starts from the demo database as `npm start` creates it (main/demo: its staff, youths, files
   * and signals) instead of the test staff, signed in as this demo account.
   */
  demo?: { as: DemoAccountName };
  /** Youths created through the services before the page opens (needs the staffed database). */
  youths?: readonly TestYouth[];
  /** A short idle lock, for tests that cannot wait minutes. */
  idleLockSeconds?: number;
  /** Reuse a database file, e.g. to restart the app on the same data. Kept on close. */
  databasePath?: string;
  /** Print main's technical log, for debugging a test. */
  verbose?: boolean;
  /** A backup folder as IT configures it (no clock runs: the test backs up through the page or the runner). */
  backup?: { folder: string; keep?: number; intervalMinutes?: number };
}

export interface LaunchedApp {
  page: Page;
  services: AppServices;
  databasePath: string;
  /** Page errors, console errors and CSP violations seen so far: a healthy run has none. */
  problems: string[];
  /** The PDFs main handed to the print port ('Afdrukken'), where the shell opens its print window. */
  printed: { pdf: Buffer }[];
  /** The PDFs saved through the save port ('Opslaan als PDF'), as the shell's save dialog writes them. */
  saved: { pdf: Buffer; path: string }[];
  /** What the user does in the next save dialogs: save (into a temp folder) or cancel. */
  saveChoice: 'save' | 'cancel';
  close(): Promise<void>;
}

/**
 * Starts the renderer in Debian's Chromium, wired to the real main services (encrypted
 * database in a temp dir) through the same contract and router as the Electron shell:
 * `window.api` is built by the preload's own `createApi`, its calls go through a Playwright
 * binding straight into main's router, which validates them as it does for IPC.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (the e2e global setup does this).');
  }
  const ownsFolder = !options.databasePath;
  const databasePath = options.databasePath ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-e2e-')), 'waakzaam.db');
  if (options.demo) await ensureDemoDatabase(databasePath, { migrationsFolder: sourceMigrationsFolder });
  else if ((options.start ?? 'fresh') !== 'fresh' && !options.databasePath) await copyStaffedDatabase(databasePath);
  const printed: LaunchedApp['printed'] = [];
  const saved: LaunchedApp['saved'] = [];
  const savedFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-saved-'));
  const services = createAppServices({
    databasePath,
    migrationsFolder: sourceMigrationsFolder,
    logger: options.verbose ? createConsoleLogger() : silentLogger,
    ...(options.backup && { backup: { keep: 5, intervalMinutes: 15, ...options.backup } }),
    printPdf: async (pdf) => {
      printed.push({ pdf });
    },
    savePdf: async (pdf, suggestedName) => {
      if (launched.saveChoice === 'cancel') return null;
      const target = path.join(savedFolder, suggestedName);
      fs.writeFileSync(target, pdf);
      saved.push({ pdf, path: target });
      return target;
    },
    ...(options.idleLockSeconds ? { idleLockSeconds: options.idleLockSeconds } : {}),
  });
  await prepareMain(services, options);

  const browser = await launchChromium();
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(`${testOrigin}/`)) return route.abort('blockedbyclient');
    const resolved = resolveRendererPath(url.replace(testOrigin, appOrigin), rendererRoot);
    if (!resolved.ok || !fs.existsSync(resolved.filePath)) return route.fulfill({ status: resolved.ok ? 404 : resolved.status });
    return route.fulfill({ status: 200, headers: rendererResponseHeaders(resolved.filePath), body: fs.readFileSync(resolved.filePath) });
  });

  await page.exposeBinding('__waakzaamInvoke', (source, channel: unknown, input: unknown) => {
    // The shell's own sender check, with the test origin standing in for app://waakzaam.
    const trusted = isTrustedIpcSender({
      fromAppWindow: source.page === page,
      fromMainFrame: source.frame === page.mainFrame(),
      frameUrl: source.frame.url().replace(testOrigin, appOrigin),
    });
    if (!trusted) throw new Error('IPC from an untrusted frame');
    return services.router(String(channel), input);
  });
  await page.addInitScript({
    content: `Object.defineProperty(window, 'api', {
      value: (${createApi.toString()})(${JSON.stringify(channelNames)}, (channel, input) => window.__waakzaamInvoke(channel, input)),
      writable: false, configurable: false, enumerable: true,
    });
    (() => {
      const listeners = new Set();
      Object.defineProperty(window, 'sessionEvents', {
        value: Object.freeze({ onLocked: (listener) => { listeners.add(listener); return () => listeners.delete(listener); } }),
        writable: false, configurable: false, enumerable: true,
      });
      Object.defineProperty(window, '__waakzaamSessionLocked', { value: (event) => listeners.forEach((listener) => listener(event)) });
    })();`,
  });
  // As the shell's sessionLockEvents.ts does with webContents.send.
  const stopForwarding = services.context.onSessionChange((event) => {
    if (event.type !== 'ended') return;
    const payload: SessionLockedEvent = { reason: event.reason };
    void page.evaluate(`window.__waakzaamSessionLocked(${JSON.stringify(payload)})`).catch(() => undefined);
  });
  await page.goto(`${testOrigin}/index.html`);

  const launched: LaunchedApp = {
    page,
    services,
    databasePath,
    problems,
    printed,
    saved,
    saveChoice: 'save',
    close: async () => {
      stopForwarding();
      await browser.close();
      services.close();
      fs.rmSync(savedFolder, { recursive: true, force: true });
      if (ownsFolder) fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
    },
  };
  return launched;
}

async function prepareMain(services: AppServices, options: LaunchOptions): Promise<void> {
  if (options.demo) {
    await signInDemo(services, options.demo.as);
    return;
  }
  const start = options.start ?? 'fresh';
  if (start === 'fresh') return;
  if (options.youths?.length) await seedYouths(services, options.youths);
  if (start === 'unlocked') await signIn(services, options.as ?? 'officer');
}

export type DemoAccountName = (typeof demoAccounts)[number]['name'];

/** Signs a demo account in, in main (all share the demo password). */
export function signInDemo(services: AppServices, name: DemoAccountName) {
  return unlock(services.context, { name, password: demoPassword });
}

function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      // As the Electron shell does: Dutch date inputs (dd-mm-jjjj) and built-in texts.
      '--lang=nl-NL',
      // A secure context like app:// (the camera needs one) and a fake webcam that needs no prompt.
      `--unsafely-treat-insecure-origin-as-secure=${testOrigin}`, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    ],
  });
}
