import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, rendererResponseHeaders, resolveRendererPath } from '../../main/shell/rendererFiles';

const root = '/opt/waakzaam/out/renderer';

describe('app:// path resolver', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveRendererPath('app://waakzaam/', root)).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolveRendererPath('app://waakzaam', root)).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolveRendererPath('app://waakzaam/index.html?x=1#/jongeren', root)).toEqual({
      ok: true,
      filePath: `${root}/index.html`,
    });
    expect(resolveRendererPath('app://waakzaam/assets/index-abc123.js', root)).toEqual({
      ok: true,
      filePath: `${root}/assets/index-abc123.js`,
    });
    expect(resolveRendererPath('app://waakzaam/assets/Foto%20kader.svg', root)).toEqual({
      ok: true,
      filePath: `${root}/assets/Foto kader.svg`,
    });
  });

  it('refuses path traversal in every spelling', () => {
    const attempts = [
      'app://waakzaam/../../../etc/passwd',
      'app://waakzaam/assets/../../main/index.js',
      'app://waakzaam/%2e%2e/%2e%2e/etc/passwd',
      'app://waakzaam/..%2f..%2fetc%2fpasswd',
      'app://waakzaam/assets%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://waakzaam/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://waakzaam/..%5c..%5cetc%5cpasswd',
      'app://waakzaam/assets\\..\\..\\etc\\passwd',
      'app://waakzaam/%2Fetc%2Fpasswd',
      'app://waakzaam//etc/passwd',
      'app://waakzaam/index.html%00.png',
      'app://waakzaam/C:%5cWindows%5cwin.ini',
      'app://waakzaam/C:/Windows/win.ini',
    ];
    for (const url of attempts) {
      const result = resolveRendererPath(url, root);
      if (result.ok) {
        // Only acceptable when it stays inside the renderer folder (e.g. "//etc/passwd").
        expect(path.relative(root, result.filePath).startsWith('..'), url).toBe(false);
        expect(result.filePath.startsWith(`${root}/`), url).toBe(true);
      } else {
        expect(result.status, url).toBeGreaterThanOrEqual(400);
      }
    }
    expect(resolveRendererPath('app://waakzaam/..%2f..%2fetc%2fpasswd', root).ok).toBe(false);
    expect(resolveRendererPath('app://waakzaam/..%5c..%5cetc%5cpasswd', root).ok).toBe(false);
  });

  it('refuses traversal with Windows path semantics too', () => {
    const winRoot = 'C:\\Program Files\\Waakzaam\\resources\\app.asar\\out\\renderer';
    for (const url of [
      'app://waakzaam/..%5c..%5c..%5cWindows%5cwin.ini',
      'app://waakzaam/..%2f..%2fsecret.txt',
      'app://waakzaam/C:%5cWindows%5cwin.ini',
      'app://waakzaam/%5c%5cserver%5cshare%5cx',
    ]) {
      expect(resolveRendererPath(url, winRoot, path.win32).ok, url).toBe(false);
    }
    expect(resolveRendererPath('app://waakzaam/assets/a.js', winRoot, path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\a.js`,
    });
  });

  it('refuses other hosts, schemes and malformed escapes', () => {
    expect(resolveRendererPath('app://other/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('app://waakzaam:81/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('file:///etc/passwd', root)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('https://waakzaam/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('app://waakzaam/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererPath('::::', root)).toEqual({ ok: false, status: 400 });
  });
});

describe('app:// responses', () => {
  it('send the right content types', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('/r/assets/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/assets/unknown.xyz')).toBe('application/octet-stream');
  });

  it('forbid MIME sniffing and caching', () => {
    expect(rendererResponseHeaders('/r/index.html')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  });
});
