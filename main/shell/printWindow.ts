import { BrowserWindow, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import type { PrintFiles } from '../printing/printFiles';

/**
 * Shows a PDF made in main in a window of its own, in Chromium's PDF viewer, whose print button
 * opens the system print dialog. The window has no preload and no Node, a title without names
 * (like the main window: nothing personal in the taskbar), and its file is removed when it
 * closes. Locking closes every print window, so the next user never finds a packet on screen.
 */
export function createPdfPrinter(files: PrintFiles, parent: () => BrowserWindow | undefined) {
  const open = new Set<BrowserWindow>();

  async function printPdf(pdf: Buffer): Promise<void> {
    const filePath = files.write(pdf);
    const window = new BrowserWindow({
      title: 'Waakzaam – afdrukken',
      parent: parent(),
      width: 900,
      height: 1000,
      autoHideMenuBar: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, spellcheck: false },
    });
    open.add(window);
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('closed', () => {
      open.delete(window);
      files.remove(filePath);
    });
    try {
      await window.loadURL(pathToFileURL(filePath).href);
    } catch (error) {
      window.destroy();
      throw error;
    }
  }

  return {
    printPdf,
    /** The print window's page or the PDF viewer inside it (a guest of that page). */
    isPrintContents(contents: WebContents): boolean {
      return [...open].some((window) => !window.isDestroyed() && (window.webContents.id === contents.id || contents.hostWebContents?.id === window.webContents.id));
    },
    closeAll(): void {
      for (const window of open) if (!window.isDestroyed()) window.close();
    },
  };
}
