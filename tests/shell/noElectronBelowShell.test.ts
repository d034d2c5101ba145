import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The files allowed to use Electron's API: the lifecycle and the thin shell wiring. */
const electronShell = new Set([
  'main/index.ts',
  'main/shell/ipc.ts',
  'main/shell/menu.ts',
  'main/shell/printWindow.ts',
  'main/shell/protocol.ts',
  'main/shell/savePdfDialog.ts',
  'main/shell/sessionLockEvents.ts',
  'main/shell/window.ts',
]);

/**
 * main/cli/launch.ts runs under plain Node and asks the electron npm package for the path of
 * its binary with require('electron') (which, outside Electron, returns that path); it must
 * not import Electron's API.
 */
const mayRequireElectronPackage = new Set(['main/cli/launch.ts']);

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"]electron(?:\/[^'"]*)?['"]/m;
const requirePattern = /\brequire\s*\(\s*['"]electron(?:\/[^'"]*)?['"]\s*\)/;

function sourceFiles(folder: string): string[] {
  const absolute = path.join(repoRoot, folder);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('everything below the Electron shell runs under plain Node', () => {
  const files = [...sourceFiles('main'), ...sourceFiles('db'), ...sourceFiles('preload/contract')];

  it('finds the sources', () => {
    expect(files).toContain('main/services/appServices.ts');
    expect(files).toContain('main/shell/webPreferences.ts');
  });

  it('has no electron import outside main/index.ts and the shell wiring', () => {
    const offenders = files.filter((file) => {
      if (electronShell.has(file)) return false;
      const source = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      if (importPattern.test(source)) return true;
      return !mayRequireElectronPackage.has(file) && requirePattern.test(source);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the shell’s policy modules pure', () => {
    const policies = files.filter((file) => file.startsWith('main/shell/') && !electronShell.has(file));
    expect(policies.length).toBeGreaterThanOrEqual(6);
    for (const file of policies) {
      expect(fs.readFileSync(path.join(repoRoot, file), 'utf8'), file).not.toMatch(/['"]electron(?:\/[^'"]*)?['"]/);
    }
  });
});
