import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { photoMessages } from '../../main/photos/decodeImage';
import { photoWorkerScript, reencodeInWorker } from '../../main/photos/reencodeInWorker';
import { reencodePhoto } from '../../main/photos/reencodePhoto';
import { noErrorsLogger } from '../support/loggers';
import { cameraJpeg } from '../support/testImages';

/** The bundles this project's global setup built with the app's own electron-vite config. */
const mainOut = fileURLToPath(new URL('../../out/main/', import.meta.url));
const builtScript = photoWorkerScript(pathToFileURL(path.join(mainOut, 'index.js')).href);

/** Re-encoding in main instead, because the built worker did not start, fails the test. */
const logger = noErrorsLogger;

/** Every module a built file loads: static and dynamic imports and require() calls. */
function loadedModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const patterns = [/\bfrom\s*"([^"]+)"/g, /\bimport\s*"([^"]+)"/g, /\bimport\(\s*"([^"]+)"\s*\)/g, /\b(?:__)?require\(\s*"([^"]+)"\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

/** The worker file and every chunk it loads, relative to out/main. */
function workerFiles(entry: string, seen = new Set<string>()): Set<string> {
  seen.add(entry);
  for (const loaded of loadedModules(path.join(mainOut, entry))) {
    const file = path.join(path.dirname(entry), loaded);
    if (loaded.startsWith('.') && !seen.has(file)) workerFiles(file, seen);
  }
  return seen;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

describe('the photo worker in the built app', () => {
  it('is emitted beside index.js, the bundle that resolves it', () => {
    expect(fileURLToPath(builtScript.url)).toBe(path.join(mainOut, 'photoWorker.js'));
    expect(builtScript.execArgv).toBeUndefined();
    const resolvers = readdirSync(mainOut, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && readFileSync(path.join(mainOut, file), 'utf8').includes('"./photoWorker.js"'),
    );
    expect(resolvers).toEqual(['index.js']);
  });

  it('loads only Node’s built-ins and its own chunks: jpeg-js, pngjs and exifr are bundled in', () => {
    const files = [...workerFiles('photoWorker.js')];
    expect(files.length).toBeGreaterThan(1);
    const packages = files.flatMap((file) => loadedModules(path.join(mainOut, file))).filter((loaded) => !loaded.startsWith('.') && !isBuiltin(loaded));
    expect(packages).toEqual([]);
  });

  it('re-encodes a photo to the same bytes as the source, and refuses as the source does', async () => {
    const input = cameraJpeg(64, 32, 6);
    expect(await reencodeInWorker(input, { logger, script: builtScript })).toEqual(await reencodePhoto(input));
    await expect(reencodeInWorker(Buffer.from('geen foto'), { logger, script: builtScript })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.unreadable,
    });
  });
});
