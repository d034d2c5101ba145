import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import type { PrintFiles } from '../printing/printFiles';

/**
 * Shows a PDF made in main in a window of its own, in Chromium's PDF viewer, whose print button
 * opens the system print dialog. The window has no preload and no Node; its file is removed when
 * it closes.
 */
export function createPdfPrinter(files: PrintFiles, parent: () => BrowserWindow | undefined) {
  return async (pdf: Buffer, title: string): Promise<void> => {
    const filePath = files.write(pdf);
    const window = new BrowserWindow({
      title,
      parent: parent(),
      width: 900,
      height: 1000,
      autoHideMenuBar: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, spellcheck: false },
    });
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('closed', () => files.remove(filePath));
    await window.loadURL(pathToFileURL(filePath).href);
  };
}
