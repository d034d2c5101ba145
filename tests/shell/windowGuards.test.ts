/**
 * The shell's wiring as written: which options reach `new BrowserWindow` and which handlers the
 * window's webContents and session get. Electron cannot run here, so `electron` is replaced by a
 * recorder; the policies themselves are tested in webPreferences, navigation and permissions.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl } from '../../main/shell/appOrigin';
import { createWebPreferences } from '../../main/shell/webPreferences';

type Handler = (...args: unknown[]) => unknown;

const windows: { options: Record<string, unknown>; on: Map<string, Handler>; loaded: string[] }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: unknown, options: Record<string, unknown>) {
    const record = { options, on: new Map<string, Handler>(), loaded: [] as string[] };
    windows.push(record);
    return {
      on: (event: string, handler: Handler) => record.on.set(event, handler),
      once: (event: string, handler: Handler) => record.on.set(event, handler),
      loadURL: async (url: string) => void record.loaded.push(url),
      webContents: {},
    };
  }),
}));

const { createMainWindow, guardSession, guardWebContents } = await import('../../main/shell/window');
const { createPdfPrinter } = await import('../../main/shell/printWindow');

/** A webContents that records its listeners and window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  const contents = {
    on: (event: string, handler: Handler) => listeners.set(event, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
  };
  const prevented = (event: string, url = 'about:blank') => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, prevented, openWindow: () => openHandler!({ url: 'https://voorbeeld.invalid/' }) };
}

beforeEach(() => {
  windows.length = 0;
});

describe('the app window', () => {
  it('gets the pure webPreferences unchanged, a fixed title, and loads the app entry', () => {
    const options = { preloadPath: '/app/out/preload/index.cjs', isPackaged: true };
    createMainWindow(options);
    const [window] = windows;
    expect(window?.options).toMatchObject({ title: 'Waakzaam', show: false });
    expect(window?.options.webPreferences).toEqual(createWebPreferences(options));
    expect(window?.loaded).toEqual([appEntryUrl]);
    const preventDefault = vi.fn();
    window?.on.get('page-title-updated')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('every webContents', () => {
  it('may navigate, frame-navigate and redirect only inside the app, attaches no webview and opens no window', () => {
    const { contents, prevented, openWindow } = fakeContents();
    guardWebContents(contents as never, () => false);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(event, 'https://voorbeeld.invalid/')).toBe(true);
      expect(prevented(event, 'file:///etc/passwd')).toBe(true);
      expect(prevented(event, appEntryUrl)).toBe(false);
    }
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openWindow()).toEqual({ action: 'deny' });
  });

  it('in the print window, may also go to Chromium’s PDF viewer, and nowhere else', () => {
    const { contents, prevented } = fakeContents();
    guardWebContents(contents as never, () => true);
    expect(prevented('will-navigate', 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(false);
    expect(prevented('will-navigate', 'https://voorbeeld.invalid/')).toBe(true);
  });
});

describe('the session', () => {
  it('grants only the camera to the app, no devices, no spell-check downloads and no network', () => {
    const handlers = new Map<string, Handler>();
    const blocked: { urls: string[] }[] = [];
    let block: Handler | undefined;
    const session = {
      setPermissionRequestHandler: (handler: Handler) => handlers.set('request', handler),
      setPermissionCheckHandler: (handler: Handler) => handlers.set('check', handler),
      setDevicePermissionHandler: (handler: Handler) => handlers.set('device', handler),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, handler: Handler) => {
          blocked.push(filter);
          block = handler;
        },
      },
    };
    guardSession(session as never);

    const request = (permission: string, mediaTypes: string[], requestingUrl: string) => {
      const callback = vi.fn();
      handlers.get('request')!({}, permission, callback, { mediaTypes, requestingUrl });
      return callback.mock.calls[0]?.[0];
    };
    expect(request('media', ['video'], appEntryUrl)).toBe(true);
    expect(request('media', ['video', 'audio'], appEntryUrl)).toBe(false);
    expect(request('media', ['video'], 'https://voorbeeld.invalid/')).toBe(false);
    expect(request('geolocation', [], appEntryUrl)).toBe(false);
    expect(handlers.get('check')!({}, 'media', 'app://waakzaam', { mediaType: 'video' })).toBe(true);
    expect(handlers.get('check')!({}, 'notifications', 'app://waakzaam', {})).toBe(false);
    expect(handlers.get('device')!({})).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(blocked).toEqual([{ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }]);
    const answer = vi.fn();
    block!({}, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('the print window', () => {
  it('has no preload and no Node, runs sandboxed and isolated, and loads only the packet’s file', async () => {
    const files = { write: () => '/tmp/waakzaam-print/pakket.pdf', remove: vi.fn(), clear: vi.fn() };
    await createPdfPrinter(files as never, () => undefined).printPdf(Buffer.from('%PDF-1.7'));
    const [window] = windows;
    expect(window?.options.webPreferences).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, spellcheck: false });
    expect(window?.options.title).toBe('Waakzaam – afdrukken');
    expect(window?.loaded).toEqual(['file:///tmp/waakzaam-print/pakket.pdf']);
  });
});
