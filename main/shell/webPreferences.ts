/**
 * The BrowserWindow's webPreferences, as plain data so it can be tested under Node (no
 * electron import). The window.ts shell checks at compile time that every key is one of
 * Electron's.
 *
 * The renderer gets no Node, runs in Chromium's sandbox, and reaches main only through the
 * preload's `window.api` (context isolation). DevTools exist only in development.
 */
export interface ShellWebPreferences {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly spellcheck: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly devTools: boolean;
}

export interface WebPreferencesOptions {
  /** Absolute path of the built preload script. */
  preloadPath: string;
  /** app.isPackaged: an installed app never opens DevTools. */
  isPackaged: boolean;
}

export function createWebPreferences(options: WebPreferencesOptions): ShellWebPreferences {
  return Object.freeze({
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Dropping a file on the window must not navigate away to a file:// URL.
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !options.isPackaged,
  });
}
