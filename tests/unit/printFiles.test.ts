import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrintFiles } from '../../main/printing/printFiles';

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-print-test-'));
  made.push(root);
  return path.join(root, 'print');
}

describe('files of packets waiting to be printed', () => {
  it('writes a PDF only this user can read, and removes it', () => {
    const folder = tempFolder();
    let n = 0;
    const files = createPrintFiles(folder, () => `pakket-${++n}`);
    const written = files.write(Buffer.from('%PDF-1.7 test'));
    expect(path.dirname(written)).toBe(folder);
    expect(fs.readFileSync(written, 'utf8')).toBe('%PDF-1.7 test');
    if (process.platform !== 'win32') {
      expect(fs.statSync(written).mode & 0o777).toBe(0o600);
      expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    }
    files.remove(written);
    expect(fs.existsSync(written)).toBe(false);
  });

  it('never removes a file outside its folder', () => {
    const folder = tempFolder();
    const files = createPrintFiles(folder, () => 'x');
    const outside = path.join(path.dirname(folder), 'bewaren.pdf');
    fs.writeFileSync(outside, 'blijft');
    files.remove(outside);
    files.remove(path.join(folder, '..', 'bewaren.pdf'));
    expect(fs.readFileSync(outside, 'utf8')).toBe('blijft');
  });

  it('clears what a crash left behind, and a missing folder is no problem', () => {
    const folder = tempFolder();
    let n = 0;
    const files = createPrintFiles(folder, () => `pakket-${++n}`);
    files.clear();
    const first = files.write(Buffer.from('a'));
    const second = files.write(Buffer.from('b'));
    files.clear();
    expect(fs.existsSync(first) || fs.existsSync(second)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
