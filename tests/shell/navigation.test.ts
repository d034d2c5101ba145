import { describe, expect, it } from 'vitest';
import { appEntryUrl, appOrigin, isAppUrl } from '../../main/shell/appOrigin';
import { decideWindowOpen, isNavigationAllowed, isPrintWindowNavigationAllowed, isTrustedIpcSender } from '../../main/shell/navigation';

describe('navigation decisions', () => {
  it('allows the app’s own pages', () => {
    expect(appOrigin).toBe('app://waakzaam');
    expect(appEntryUrl).toBe('app://waakzaam/index.html');
    expect(isNavigationAllowed('app://waakzaam/index.html')).toBe(true);
    expect(isNavigationAllowed('app://waakzaam/index.html#/jongeren/12')).toBe(true);
    expect(isNavigationAllowed('app://waakzaam/')).toBe(true);
  });

  it('lets only the print window open Chromium’s PDF viewer, never the app window', () => {
    const viewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html';
    expect(isPrintWindowNavigationAllowed(viewer)).toBe(true);
    expect(isNavigationAllowed(viewer)).toBe(false);
    expect(isPrintWindowNavigationAllowed('chrome-extension://anderextensie/index.html')).toBe(false);
    expect(isPrintWindowNavigationAllowed('https://example.com/')).toBe(false);
    expect(isPrintWindowNavigationAllowed('app://waakzaam/index.html')).toBe(true);
  });

  it('denies the web, local files and every other scheme', () => {
    const denied = [
      'https://example.com/',
      'http://localhost:5173/',
      'http://waakzaam/index.html',
      'https://waakzaam/index.html',
      'file:///etc/passwd',
      'file:///C:/Windows/win.ini',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'blob:app://waakzaam/1234',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'mailto:iemand@example.com',
      'ftp://example.com/',
      '',
      'not a url',
    ];
    for (const url of denied) expect(isNavigationAllowed(url), url).toBe(false);
  });

  it('denies other app:// hosts, ports and credentials', () => {
    for (const url of [
      'app://other/index.html',
      'app://waakzaam.evil.com/index.html',
      'app://evil.com/waakzaam/index.html',
      'app://waakzaam:8080/index.html',
      'app://user@waakzaam/index.html',
      'app://user:pw@waakzaam/index.html',
      'app:waakzaam/index.html',
      'app:///index.html',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('always denies window.open', () => {
    expect(decideWindowOpen()).toEqual({ action: 'deny' });
  });

  it('treats non-strings as not the app', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('IPC sender check', () => {
  const trusted = { fromAppWindow: true, fromMainFrame: true, frameUrl: 'app://waakzaam/index.html' };

  it('serves the app window’s main frame on app://waakzaam', () => {
    expect(isTrustedIpcSender(trusted)).toBe(true);
  });

  it('refuses another webContents, a subframe, a foreign page or a vanished frame', () => {
    expect(isTrustedIpcSender({ ...trusted, fromAppWindow: false })).toBe(false);
    expect(isTrustedIpcSender({ ...trusted, fromMainFrame: false })).toBe(false);
    expect(isTrustedIpcSender({ ...trusted, frameUrl: 'https://example.com/' })).toBe(false);
    expect(isTrustedIpcSender({ ...trusted, frameUrl: 'file:///tmp/index.html' })).toBe(false);
    expect(isTrustedIpcSender({ ...trusted, frameUrl: 'app://other/index.html' })).toBe(false);
    expect(isTrustedIpcSender({ ...trusted, frameUrl: undefined })).toBe(false);
  });
});
