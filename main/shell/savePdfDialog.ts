import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

/** Asks where to save a PDF made in main and writes it there; null when the user cancels. */
export function createPdfSaver(parent: () => BrowserWindow | undefined) {
  return async (pdf: Buffer, suggestedName: string): Promise<string | null> => {
    const options = {
      title: 'Politiedossier opslaan',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const window = parent();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, pdf);
    return choice.filePath;
  };
}
