import { powerMonitor, type BrowserWindow } from 'electron';
import { sessionLockedChannel, type SessionLockedEvent } from '../../preload/contract';
import type { AppServices } from '../services/appServices';
import { lock } from '../services/sessionService';

/**
 * The OS locking its screen or going to sleep locks Waakzaam too; and whenever main ends the
 * session on its own (idle, system), the window is told at once instead of at its next call.
 */
export function wireSessionLockEvents(services: AppServices, currentWindow: () => BrowserWindow | undefined): void {
  const lockForSystem = () => void services.context.exclusive(() => lock(services.context, 'system'));
  powerMonitor.on('lock-screen', lockForSystem);
  powerMonitor.on('suspend', lockForSystem);
  services.context.onSessionChange((event) => {
    if (event.type !== 'ended') return;
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    const payload: SessionLockedEvent = { reason: event.reason };
    window.webContents.send(sessionLockedChannel, payload);
  });
}
