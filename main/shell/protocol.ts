import { readFile } from 'node:fs/promises';
import { protocol, type Protocol } from 'electron';
import { appScheme } from './appOrigin';
import { rendererResponseHeaders, resolveRendererPath } from './rendererFiles';

/**
 * app:// is a standard, secure scheme: the page gets a real origin (app://waakzaam) and a
 * secure context (needed for the camera) without a web server or file:// (whose pages can
 * read any local file). Must run before the app is ready.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot`, with the CSP header on every file. */
export function handleAppProtocol(sessionProtocol: Protocol, rendererRoot: string): void {
  sessionProtocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveRendererPath(request.url, rendererRoot);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: rendererResponseHeaders(resolved.filePath),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
