import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createConsoleLogger } from './logging/logger';
import { createPrintFiles } from './printing/printFiles';
import { createAppServices, type AppServices } from './services/appServices';
import { resolveAppPaths } from './shell/appPaths';
import { registerIpc } from './shell/ipc';
import { createPdfPrinter } from './shell/printWindow';
import { installApplicationMenu } from './shell/menu';
import { wireSessionLockEvents } from './shell/sessionLockEvents';
import { handleAppProtocol, registerAppSchemePrivileges } from './shell/protocol';
import { createMainWindow, guardSession, guardWebContents } from './shell/window';

// Lifecycle only: every decision lives in a pure module under ./shell or in the services.
// Bundled to out/main/index.js; the preload and renderer are built beside it in out/.
const outDir = path.join(import.meta.dirname, '..');
const logger = createConsoleLogger();
let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;
let printFiles: ReturnType<typeof createPrintFiles> | undefined;

app.enableSandbox();
// Chromium's own widgets (date inputs, spelling of built-in messages) follow this locale.
app.commandLine.appendSwitch('lang', 'nl-NL');
registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    services?.close();
    services = undefined;
    printFiles?.clear();
  });
  app.whenReady().then(start, fail).catch(fail);
}

function start(): void {
  const { databasePath, migrationsFolder } = resolveAppPaths({
    databaseFromEnv: process.env.WAAKZAAM_DB,
    userDataDir: app.getPath('userData'),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  // Packets waiting to be printed: in this user's own temp folder, never beside the database.
  printFiles = createPrintFiles(path.join(app.getPath('temp'), 'waakzaam-print'), randomUUID);
  printFiles.clear();
  const printPdf = createPdfPrinter(printFiles, () => mainWindow);
  const running = createAppServices({ databasePath, migrationsFolder, logger, printPdf });
  services = running;

  guardSession(session.defaultSession);
  handleAppProtocol(session.defaultSession.protocol, path.join(outDir, 'renderer'));
  registerIpc({
    router: running.router,
    isAppWindow: (contents) => mainWindow !== undefined && !mainWindow.isDestroyed() && contents.id === mainWindow.webContents.id,
    logger,
  });
  installApplicationMenu({ platform: process.platform, isPackaged: app.isPackaged });
  app.setAboutPanelOptions({ applicationName: 'Waakzaam', applicationVersion: app.getVersion() });

  wireSessionLockEvents(running, () => mainWindow);

  mainWindow = createMainWindow({ preloadPath: path.join(outDir, 'preload', 'index.cjs'), isPackaged: app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function fail(error: unknown): void {
  logger.error('startup failed', error);
  app.exit(1);
}
