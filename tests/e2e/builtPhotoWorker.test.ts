import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { photoMessages } from '../../main/photos/decodeImage';
import { photoWorkerScript, reencodeInWorker } from '../../main/photos/reencodeInWorker';
import { reencodePhoto } from '../../main/photos/reencodePhoto';
import { cameraJpeg } from '../support/testImages';

/** The bundles this project's global setup built with the app's own electron-vite config. */
const mainOut = fileURLToPath(new URL('../../out/main/', import.meta.url));
const builtScript = photoWorkerScript(pathToFileURL(path.join(mainOut, 'index.js')).href);

describe('the photo worker in the built app', () => {
  it('is emitted beside index.js, the bundle that resolves it', () => {
    expect(fileURLToPath(builtScript.url)).toBe(path.join(mainOut, 'photoWorker.js'));
    expect(builtScript.execArgv).toBeUndefined();
    const resolvers = readdirSync(mainOut, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && readFileSync(path.join(mainOut, file), 'utf8').includes('"./photoWorker.js"'),
    );
    expect(resolvers).toEqual(['index.js']);
  });

  it('re-encodes a photo to the same bytes as the source, and refuses as the source does', async () => {
    const input = cameraJpeg(64, 32, 6);
    expect(await reencodeInWorker(input, { script: builtScript })).toEqual(await reencodePhoto(input));
    await expect(reencodeInWorker(Buffer.from('geen foto'), { script: builtScript })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.unreadable,
    });
  });
});
