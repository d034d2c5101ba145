import { isAppUrl } from './appOrigin';

/**
 * Where the window may go. The app is a single page on app://waakzaam/; any other target —
 * a web page, a file:// URL, another app:// host, javascript:, data: — is refused. Pure.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Chromium's built-in PDF viewer (an internal extension), which shows a packet in the print window. */
const pdfViewerOrigin = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * Where the print window (printWindow.ts) may go: what the app window may, and Chromium's PDF
 * viewer, without which it would stay blank. The app window never goes there.
 */
export function isPrintWindowNavigationAllowed(url: string): boolean {
  return isNavigationAllowed(url) || url.startsWith(pdfViewerOrigin);
}

/** window.open and target=_blank: always denied; pages never open windows (only main does: printWindow.ts). */
export function decideWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

export interface IpcSenderFacts {
  /** The message came from the webContents of the app's own window. */
  fromAppWindow: boolean;
  /** The message came from that window's main frame (not an iframe). */
  fromMainFrame: boolean;
  /** The URL of the frame that sent it; undefined when the frame is gone. */
  frameUrl: string | undefined;
}

/** An IPC call is served only for the app's own window, main frame, on app://waakzaam. */
export function isTrustedIpcSender(sender: IpcSenderFacts): boolean {
  return sender.fromAppWindow && sender.fromMainFrame && isAppUrl(sender.frameUrl);
}
