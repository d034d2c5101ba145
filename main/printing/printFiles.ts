import fs from 'node:fs';
import path from 'node:path';

/**
 * Chromium's PDF viewer reads a PDF from a file (not from a custom protocol), so a packet to print
 * is written to a folder only this user can read, and removed as soon as its print window closes.
 * A crash can leave one behind: the folder is emptied at every start and at quit.
 */
export interface PrintFiles {
  /** Writes the PDF and returns its path. */
  write(pdf: Buffer): string;
  remove(filePath: string): void;
  /** Removes every file left in the folder. */
  clear(): void;
}

export function createPrintFiles(folder: string, newName: () => string): PrintFiles {
  const inFolder = (filePath: string) => path.dirname(path.resolve(filePath)) === path.resolve(folder);
  return {
    write(pdf) {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const filePath = path.join(folder, `${newName()}.pdf`);
      fs.writeFileSync(filePath, pdf, { mode: 0o600, flag: 'wx' });
      return filePath;
    },
    remove(filePath) {
      if (inFolder(filePath)) fs.rmSync(filePath, { force: true });
    },
    clear() {
      if (!fs.existsSync(folder)) return;
      for (const name of fs.readdirSync(folder)) fs.rmSync(path.join(folder, name), { force: true, recursive: true });
    },
  };
}
