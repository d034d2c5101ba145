import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron';
import { appEntryUrl } from './appOrigin';
import { decideWindowOpen, isNavigationAllowed, isPrintWindowNavigationAllowed } from './navigation';
import { isPermissionAllowed } from './permissions';
import { createWebPreferences, type ShellWebPreferences, type WebPreferencesOptions } from './webPreferences';

// Compile-time check that the pure policy uses only real Electron option names.
type UnknownKeys = Exclude<keyof ShellWebPreferences, keyof WebPreferences>;
const onlyElectronKeys: [UnknownKeys] extends [never] ? true : never = true;
void onlyElectronKeys;

/** The app's window. Its title is always "Waakzaam": a page never sets it (no names in the taskbar). */
export function createMainWindow(options: WebPreferencesOptions): BrowserWindow {
  const webPreferences: WebPreferences = createWebPreferences(options);
  const window = new BrowserWindow({
    title: 'Waakzaam',
    show: false,
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    backgroundColor: '#ffffff',
    webPreferences,
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

/**
 * Applied to every webContents the app ever creates (see index.ts, 'web-contents-created').
 * `inPrintWindow` is asked at each navigation: the print window registers itself after creation.
 */
export function guardWebContents(contents: WebContents, inPrintWindow: () => boolean): void {
  const allowed = (url: string) => (inPrintWindow() ? isPrintWindowNavigationAllowed(url) : isNavigationAllowed(url));
  contents.on('will-navigate', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => decideWindowOpen());
}

/** Permissions, devices and network for the session the window uses. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed({ permission, mediaTypes, origin: details.requestingUrl }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({ permission, mediaTypes: details.mediaType ? [details.mediaType] : [], origin: requestingOrigin }),
  );
  session.setDevicePermissionHandler(() => false);
  // No spell-check dictionaries fetched from the internet, and no network at all from the
  // renderer: the CSP already allows only 'self'; this also covers Chromium's own requests.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
