import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../main/shell/permissions';

const page = 'app://waakzaam/index.html';
const origin = 'app://waakzaam';

describe('permission decisions', () => {
  it('allows the camera (video only) for the app page, in requests and checks', () => {
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['video'], origin: page })).toBe(true);
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['video'], origin })).toBe(true);
  });

  it('denies the microphone, and camera with microphone', () => {
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['audio'], origin: page })).toBe(false);
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['video', 'audio'], origin: page })).toBe(false);
  });

  it('denies media of unknown or unstated kind', () => {
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: [], origin: page })).toBe(false);
    expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['unknown'], origin })).toBe(false);
  });

  it('denies the camera to any other origin', () => {
    for (const other of ['https://example.com', 'file:///tmp/x.html', 'app://other', 'app://waakzaam:1', undefined, '']) {
      expect(isPermissionAllowed({ permission: 'media', mediaTypes: ['video'], origin: other }), String(other)).toBe(false);
    }
  });

  it('denies everything else, even for the app page', () => {
    const others = [
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'midi',
      'midiSysex',
      'hid',
      'serial',
      'usb',
      'openExternal',
      'pointerLock',
      'fileSystem',
      'idle-detection',
      'storage-access',
      'unknown',
    ];
    for (const permission of others) {
      expect(isPermissionAllowed({ permission, mediaTypes: ['video'], origin: page }), permission).toBe(false);
      expect(isPermissionAllowed({ permission, mediaTypes: [], origin }), permission).toBe(false);
    }
  });
});
