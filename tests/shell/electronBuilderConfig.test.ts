import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const configFile = fileURLToPath(new URL('../../electron-builder.yml', import.meta.url));

/** electron-builder's own loader and JSON-schema validator, as `electron-builder` itself resolves them. */
interface ConfigLoader {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: Configuration | null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}
const require = createRequire(import.meta.url);
const loader = createRequire(require.resolve('electron-builder'))('app-builder-lib/out/util/config/config.js') as ConfigLoader;

async function loadConfig(): Promise<Configuration> {
  const config = await loader.getConfig(repoRoot, configFile, null);
  await loader.validateConfiguration(config, { isEnabled: false, add: () => {} });
  return config;
}

describe('electron-builder.yml', () => {
  it('parses and matches electron-builder’s schema', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('nl.waakzaam.app');
    expect(config.productName).toBe('Waakzaam');
    expect(config.directories?.output).toBe('dist');
  });

  it('packs only the bundles and package.json, and unpacks the native SQLite module', async () => {
    const config = await loadConfig();
    expect(JSON.stringify(config.files)).toContain('out/**');
    expect(JSON.stringify(config.files)).toContain('package.json');
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'db/migrations', to: 'migrations' }));
  });

  it('builds a per-machine MSI with a fixed upgrade code, and a per-user NSIS fallback', async () => {
    const config = await loadConfig();
    expect(JSON.stringify(config.win?.target)).toContain('msi');
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.oneClick).toBe(false);
  });

  it('targets Linux (AppImage, deb) and macOS (dmg)', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('turns off the Electron fuses that would let code into the main process', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('puts the example IT config beside the program on every platform', async () => {
    const config = await loadConfig();
    const example = { from: 'installer/waakzaam.config.example.json', to: 'waakzaam.config.example.json' };
    expect(config.win?.extraFiles).toContainEqual(example);
    expect(config.linux?.extraFiles).toContainEqual(example);
    expect(config.mac?.extraFiles).toContainEqual({ ...example, to: 'MacOS/waakzaam.config.example.json' });
  });
});
