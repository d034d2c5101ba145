import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicyForMeta } from './main/shell/contentSecurityPolicy';

/*
 * Why electron-vite: one tool and one config build all three bundles (main, preload,
 * renderer) with the right target for each (Electron's Node for main/preload, its Chromium
 * for the renderer), and `electron-vite build` needs only the electron npm package — not the
 * Electron binary, which cannot be downloaded on every machine. `npm start` and `npm run dist`
 * run this build first.
 *
 * Output (checked):
 *   out/main/index.js       ES module (package.json "type": "module"); package.json "main"
 *   out/main/photoWorker.js the photo re-encoding worker thread (main/photos/photoWorker.ts);
 *                           it and the chunk it shares with index.js load only Node's built-ins
 *   out/main/backupWorker.js the backup worker thread (main/backup/backupWorker.ts); it loads
 *                           better-sqlite3 and drizzle-orm from node_modules, as index.js does
 *   out/preload/index.cjs   CommonJS: a sandboxed preload cannot be an ES module
 *   out/renderer/           index.html (with the CSP <meta>) and hashed assets, served on app://
 */

/** Writes the one CSP into the built index.html; the app:// handler also sends it as a header. */
export function contentSecurityPolicyMetaPlugin(): Plugin {
  return {
    name: 'waakzaam:csp-meta',
    // Only the production build: Vite's dev server injects inline scripts the policy forbids.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyForMeta },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // The packages in "dependencies" stay external and ship in node_modules — above all
      // better-sqlite3 (an alias for better-sqlite3-multiple-ciphers, a native module that
      // cannot be bundled) and drizzle-orm, which loads it. The photo libraries are bundled:
      // the photo worker then imports nothing from app.asar's node_modules, where loading a
      // package into an ES-module worker thread is Electron's least tried path.
      externalizeDeps: { exclude: ['jpeg-js', 'pngjs', 'exifr'] },
      // The workers are entries of their own, emitted beside index.js, where
      // main/workers/workerScript.ts looks for them.
      rolldownOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          photoWorker: resolve(root, 'main/photos/photoWorker.ts'),
          backupWorker: resolve(root, 'main/backup/backupWorker.ts'),
        },
      },
      sourcemap: false,
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require() only 'electron' and a few built-ins: bundle the
      // contract (and zod) into one self-contained CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'preload/index.ts') },
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
      sourcemap: false,
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicyMetaPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
      sourcemap: false,
    },
  },
});
