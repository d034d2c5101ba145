import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { createConsoleLogger, silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { lock, setUp } from '../../main/services/sessionService';
import { createYouth } from '../../main/services/youthService';
import { appOrigin } from '../../main/shell/appOrigin';
import { isTrustedIpcSender } from '../../main/shell/navigation';
import { rendererResponseHeaders, resolveRendererPath } from '../../main/shell/rendererFiles';
import { createApi } from '../../preload/api';
import { channelNames, type NewYouth } from '../../preload/contract';

/** Where `electron-vite build` puts the renderer; tests/e2e/buildRenderer.ts builds it first. */
export const rendererRoot = path.resolve('out/renderer');

/** The page is served from this made-up origin; requests to it never leave Playwright. */
const testOrigin = 'http://waakzaam.test';

export const e2eAdmin = { name: 'Eva Beheer', password: 'e2e-wachtwoord-123' } as const;

export interface LaunchOptions {
  /**
   * How main starts: 'fresh' shows the first-run setup, 'locked' has an account (`e2eAdmin`)
   * and shows the login, 'unlocked' is signed in as that account.
   */
  start?: 'fresh' | 'locked' | 'unlocked';
  /** Youths created through the services before the page opens (needs an account). */
  youths?: NewYouth[];
  /** Reuse a database file, e.g. to restart the app on the same data. Kept on close. */
  databasePath?: string;
  /** Print main's technical log, for debugging a test. */
  verbose?: boolean;
}

export interface LaunchedApp {
  page: Page;
  services: AppServices;
  databasePath: string;
  /** Page errors, console errors and CSP violations seen so far: a healthy run has none. */
  problems: string[];
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
  const services = createAppServices({
    databasePath,
    migrationsFolder: sourceMigrationsFolder,
    logger: options.verbose ? createConsoleLogger() : silentLogger,
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
    });`,
  });
  await page.goto(`${testOrigin}/index.html`);

  return {
    page,
    services,
    databasePath,
    problems,
    close: async () => {
      await browser.close();
      services.close();
      if (ownsFolder) fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
    },
  };
}

async function prepareMain(services: AppServices, options: LaunchOptions): Promise<void> {
  const start = options.start ?? 'fresh';
  if (start === 'fresh' || options.databasePath) return;
  await setUp(services.context, e2eAdmin);
  for (const youth of options.youths ?? []) createYouth(services.context, youth);
  if (start === 'locked') lock(services.context);
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
    ],
  });
}
