import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { backUpAtQuit, startBackupClock } from './backup/backupClock';
import { ItConfigError, itConfigFolder, readItConfig } from './config/itConfig';
import { createConsoleLogger } from './logging/logger';
import { createPrintFiles } from './printing/printFiles';
import { createAppServices, type AppServices } from './services/appServices';
import { resolveAppPaths } from './shell/appPaths';
import { registerIpc } from './shell/ipc';
import { createPdfPrinter } from './shell/printWindow';
import { createPdfSaver } from './shell/savePdfDialog';
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
let printer: ReturnType<typeof createPdfPrinter> | undefined;
let stopBackupClock: (() => void) | undefined;
let backedUpAtQuit = false;

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
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, () => printer?.isPrintContents(contents) ?? false));
  app.on('window-all-closed', () => app.quit());
  // The quit waits once for the backup while the session still holds the key (at most 30 s).
  app.on('before-quit', (event) => {
    if (backedUpAtQuit || !services?.backups) return;
    backedUpAtQuit = true;
    event.preventDefault();
    void backUpAtQuit(services.backups, services.context).finally(() => app.quit());
  });
  app.on('will-quit', () => {
    stopBackupClock?.();
    services?.close();
    services = undefined;
    clearPrintFiles();
  });
  app.whenReady().then(start, fail).catch(fail);
}

function start(): void {
  const { databasePath, migrationsFolder, backup } = resolveAppPaths({
    databaseFromEnv: process.env.WAAKZAAM_DB,
    itConfig: readItConfig(itConfigFolder({ execPath: process.execPath, appImage: process.env.APPIMAGE }), process.platform),
    userDataDir: app.getPath('userData'),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  // Packets waiting to be printed: in this user's own app folder (not the shared temp folder of a
  // Linux PC), never beside the database.
  printFiles = createPrintFiles(path.join(app.getPath('userData'), 'print'), randomUUID);
  clearPrintFiles();
  const pdfPrinter = createPdfPrinter(printFiles, () => mainWindow);
  printer = pdfPrinter;
  const running = createAppServices({ databasePath, migrationsFolder, backup, logger, printPdf: pdfPrinter.printPdf, savePdf: createPdfSaver(() => mainWindow) });
  services = running;
  prepareBackupFolder(backup.folder);
  if (running.backups) stopBackupClock = startBackupClock(running.backups);
  running.context.onSessionChange((event) => {
    if (event.type === 'ended') pdfPrinter.closeAll();
  });

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

/** The default folder beside the database is made here; a folder that cannot be made shows as a failed backup, not a failed start. */
function prepareBackupFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    logger.error('backup folder could not be created', error);
  }
}

/** Packets a crash left behind; a folder that cannot be cleared must not stop the app. */
function clearPrintFiles(): void {
  try {
    printFiles?.clear();
  } catch (error) {
    logger.error('print folder could not be cleared', error);
  }
}

function fail(error: unknown): void {
  logger.error('startup failed', error);
  // Before any window exists: the only way to tell the user (and IT) what to fix.
  if (error instanceof ItConfigError) dialog.showErrorBox('Waakzaam kan niet starten', error.message);
  app.exit(1);
}
