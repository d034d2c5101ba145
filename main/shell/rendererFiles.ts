import path from 'node:path';
import { isAppUrl } from './appOrigin';
import { contentSecurityPolicy } from './contentSecurityPolicy';

/**
 * How an app:// request maps to a file of the built renderer. Pure (no electron import, no
 * file system): the protocol.ts shell reads the file this returns.
 *
 * Only app://waakzaam/<path> inside the renderer folder is served; anything that would leave
 * it (../, encoded ../, backslashes, NUL bytes, absolute or drive paths) is refused.
 */
export type RendererPathResult =
  | { ok: true; filePath: string }
  | { ok: false; status: 400 | 403 | 404 };

/** The path module to resolve with; tests pass path.win32 to check Windows semantics. */
type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export function resolveRendererPath(requestUrl: string, rendererRoot: string, pathApi: PathApi = path): RendererPathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403 };

  let relativePath: string;
  try {
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (relativePath === '' || relativePath === '/') relativePath = '/index.html';
  // A backslash is a separator on Windows, a NUL byte cuts the path in C code, a colon may be
  // a drive or an NTFS stream: none occurs in a file the renderer build writes.
  if (/[\\\0:]/.test(relativePath)) return { ok: false, status: 403 };

  const root = pathApi.resolve(rendererRoot);
  const segments = relativePath.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  const filePath = pathApi.resolve(root, ...segments);
  const fromRoot = pathApi.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || pathApi.isAbsolute(fromRoot)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers every app:// response carries: its type, the CSP, and no MIME sniffing. */
export function rendererResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}
