import { describe, expect, it } from 'vitest';
import { createWebPreferences } from '../../main/shell/webPreferences';

describe('BrowserWindow webPreferences', () => {
  const preferences = createWebPreferences({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true });

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and webviews, insecure content and spellcheck off', () => {
    expect(preferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });

  it('uses the given preload script', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('offers DevTools only when not packaged', () => {
    expect(preferences.devTools).toBe(false);
    expect(createWebPreferences({ preloadPath: 'p', isPackaged: false }).devTools).toBe(true);
  });

  it('cannot be changed after creation', () => {
    expect(Object.isFrozen(preferences)).toBe(true);
  });
});
