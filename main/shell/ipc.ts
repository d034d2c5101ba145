import { ipcMain, type WebContents } from 'electron';
import { channelNames, type Result } from '../../preload/contract';
import { appMessages } from '../errors/AppError';
import type { Router } from '../ipc/router';
import type { Logger } from '../logging/logger';
import { isTrustedIpcSender } from './navigation';

export interface IpcOptions {
  router: Router;
  /** True when `contents` belongs to the app's own window. */
  isAppWindow: (contents: WebContents) => boolean;
  logger: Logger;
}

const refused: Result<never> = { ok: false, error: { code: 'UNKNOWN_CALL', message: appMessages.unknownCall } };

/** One handler per contract call, and no other IPC. The router parses the input. */
export function registerIpc({ router, isAppWindow, logger }: IpcOptions): void {
  for (const [domain, calls] of Object.entries(channelNames)) {
    for (const call of calls) {
      const channel = `${domain}.${call}`;
      ipcMain.handle(channel, (event, input: unknown) => {
        const frame = event.senderFrame;
        const trusted = isTrustedIpcSender({
          fromAppWindow: isAppWindow(event.sender),
          fromMainFrame: frame !== null && frame.parent === null,
          frameUrl: frame?.url,
        });
        if (!trusted) {
          logger.info('ipc refused: untrusted sender', { channel });
          return refused;
        }
        return router(channel, input);
      });
    }
  }
}
