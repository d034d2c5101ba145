import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyForMeta } from '../../main/shell/contentSecurityPolicy';
import { tempDir } from '../support/tempDatabase';

/** Electronegativity's programmatic entry (it ships no types): the CLI's runner without the CLI. */
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}
type Run = (
  options: { input: string; isRelative: boolean; electronVersionOverride: string; excludeFromScan: string[] },
  forCli: false,
) => Promise<{ issues: Finding[]; errors: { file: string; message: string }[] }>;

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js') as Run;
const electronVersion = (require('electron/package.json') as { version: string }).version;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every finding Electronegativity reports on this source, with why it is not a problem. A new
 * finding fails the test until it is fixed or explained here; an entry that no longer matches
 * fails too, so the list never outlives its reason.
 */
const explained: Record<string, string> = {
  'CSP_GLOBAL_CHECK renderer/index.html':
    "the evaluator's 'maybe' about script-src 'self' (a risk where a site hosts JSONP or user uploads): app:// serves only the app's own built files (main/shell/protocol.ts, tests/shell/contentSecurityPolicy.test.ts)",
  'AUXCLICK_JS_CHECK main/shell/window.ts':
    'a middle click opens no window: every webContents gets setWindowOpenHandler → deny and the will-navigate guards (guardWebContents; tests/shell/navigation.test.ts, windowGuards.test.ts)',
  'AUXCLICK_JS_CHECK main/shell/printWindow.ts': 'the print window shows a PDF made in main and is guarded like every webContents (guardWebContents)',
  'CONTEXT_ISOLATION_JS_CHECK main/shell/window.ts':
    'the options come from createWebPreferences (contextIsolation: true), which the scanner cannot follow; tests/shell/webPreferences.test.ts and windowGuards.test.ts assert them',
  'SANDBOX_JS_CHECK main/shell/window.ts': 'likewise: sandbox: true from createWebPreferences, asserted in tests/shell/webPreferences.test.ts and windowGuards.test.ts',
};

/**
 * Compares the installed Electron with the online release list: needs the network and changes
 * from day to day, so it cannot decide a test. Electron updates are routine maintenance.
 */
const excludedChecks = ['AvailableSecurityFixesGlobalCheck'];

/**
 * The shell, preload and renderer sources, with the CSP <meta> in index.html as the renderer
 * build writes it (contentSecurityPolicyMetaPlugin), so the scanner evaluates the shipped policy.
 */
function scanFolder(): string {
  const folder = tempDir();
  for (const part of ['main', 'preload', 'renderer']) fs.cpSync(path.join(repoRoot, part), path.join(folder, part), { recursive: true });
  const indexHtml = path.join(folder, 'renderer', 'index.html');
  const html = fs.readFileSync(indexHtml, 'utf8');
  const withPolicy = html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyForMeta}" />`);
  expect(withPolicy).not.toBe(html);
  fs.writeFileSync(indexHtml, withPolicy);
  return folder;
}

describe('Electronegativity over the app source', () => {
  it('parses every file and reports nothing that is not explained', { timeout: 60_000 }, async () => {
    const result = await run(
      { input: scanFolder(), isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: excludedChecks },
      false,
    );
    expect(result.errors).toEqual([]);
    const found = [...new Set(result.issues.map((finding) => `${finding.id} ${finding.file.split(path.sep).join('/')}`))].sort();
    const unexplained = result.issues.filter((finding) => !(`${finding.id} ${finding.file.split(path.sep).join('/')}` in explained));
    expect(unexplained.map((finding) => `${finding.id} ${finding.file}:${finding.location.line} ${finding.description}`)).toEqual([]);
    expect(found).toEqual(Object.keys(explained).sort());
  });
});
