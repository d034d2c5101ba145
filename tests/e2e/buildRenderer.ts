import { build } from 'electron-vite';

/**
 * Vitest global setup for the e2e project: builds the bundles with the app's own
 * electron-vite config, so the tests drive exactly the renderer (and CSP) that ships.
 */
export default async function buildRenderer(): Promise<void> {
  await build({ configFile: 'electron.vite.config.ts', logLevel: 'warn' });
}
