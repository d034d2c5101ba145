import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/errors/AppError';
import { photoMessages } from '../../main/photos/decodeImage';
import { photoWorkerLimits, reencodeInWorker, type PhotoWorkerScript } from '../../main/photos/reencodeInWorker';
import { reencodePhoto } from '../../main/photos/reencodePhoto';
import { noErrorsLogger, recordingLogger } from '../support/loggers';
import { tempDir } from '../support/tempDatabase';
import { cameraJpeg, plainJpeg } from '../support/testImages';

const notAPhoto = Buffer.from('Dit is geen foto maar platte tekst.');

/** For calls whose worker starts: re-encoding in main instead would fail the test. */
const logger = noErrorsLogger;

/** A worker file that exists but cannot load its imports, as a bundle missing a package would. */
function unloadableWorker(): PhotoWorkerScript {
  const file = path.join(tempDir(), 'photoWorker.mjs');
  fs.writeFileSync(file, "import 'waakzaam-package-that-does-not-exist';\n");
  return { url: pathToFileURL(file) };
}

const tsxLoader = ['--import', import.meta.resolve('tsx')];
const stampingWorker: PhotoWorkerScript = { url: new URL('../support/stampingPhotoWorker.ts', import.meta.url), execArgv: tsxLoader };

describe('re-encoding a photo in a worker thread', () => {
  it('gives exactly the bytes of the direct call, as Buffers', async () => {
    const input = cameraJpeg(64, 32, 6);
    const [inWorker, direct] = await Promise.all([reencodeInWorker(input, { logger }), reencodePhoto(input)]);
    expect(inWorker).toEqual(direct);
    expect(Buffer.isBuffer(inWorker.image) && Buffer.isBuffer(inWorker.thumbnail)).toBe(true);
  });

  it('brings a refusal back as the same AppError with its Dutch message', async () => {
    const refusal = reencodeInWorker(notAPhoto, { logger });
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.unreadable });
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(20)]);
    await expect(reencodeInWorker(webp, { logger })).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.webp });
  });

  it('keeps main’s event loop running while a large photo is re-encoded', async () => {
    const photo = plainJpeg(3000, 2000, 300);
    const ticks: number[] = [];
    const ticker = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    const result = await reencodeInWorker(photo, { logger }).finally(() => clearInterval(ticker));
    const finished = performance.now();
    expect(result.width).toBe(1600);
    const moments = [started, ...ticks, finished];
    const longestPause = Math.max(...moments.slice(1).map((at, i) => at - moments[i]!));
    // On main, the decoding, resizing and encoding would be one pause almost as long as the call.
    expect(ticks.length).toBeGreaterThan(10);
    expect(longestPause).toBeLessThan((finished - started) / 4);
  });

  it('stops a worker that runs out of memory with a Dutch message, and main carries on', async () => {
    // Too small a heap for anything: the worker dies starting up, as a huge photo would kill it later.
    const tinyHeap = { ...photoWorkerLimits, resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 } };
    await expect(reencodeInWorker(plainJpeg(400, 300), { logger, limits: tinyHeap })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.outOfMemory,
    });
    expect((await reencodeInWorker(plainJpeg(400, 300), { logger })).width).toBe(400);
  });

  it('gives up on a photo that takes too long, with a Dutch message', async () => {
    const impatient = { ...photoWorkerLimits, timeoutMs: 1 };
    await expect(reencodeInWorker(plainJpeg(400, 300), { logger, limits: impatient })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.timedOut,
    });
  });

  it('re-encodes in main when the worker cannot start, with one technical line without paths', async () => {
    const input = cameraJpeg(64, 32, 6);
    const missing = recordingLogger();
    const noFile = { url: new URL('./noSuchPhotoWorker.js', import.meta.url) };
    expect(await reencodeInWorker(input, { logger: missing.logger, script: noFile })).toEqual(await reencodePhoto(input));
    expect(missing.lines).toHaveLength(1);
    expect(missing.lines[0]).toMatch(/ERROR photo worker did not start; photo re-encoded on the main thread Error \S*MODULE_NOT_FOUND$/);

    const unloadable = recordingLogger();
    const script = unloadableWorker();
    expect(await reencodeInWorker(input, { logger: unloadable.logger, script })).toEqual(await reencodePhoto(input));
    await expect(reencodeInWorker(notAPhoto, { logger: unloadable.logger, script })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.unreadable,
    });
    expect(unloadable.lines).toHaveLength(2);
    expect(unloadable.lines.join('\n')).not.toMatch(/waakzaam-test-|\/tmp|\/work|photoWorker/);
  });

  it('runs one photo at a time: a second call starts its worker only when the first has ended', async () => {
    const stamps = async (call: Promise<unknown>) => {
      const refusal = await call.then(() => expect.fail('the stamping worker always refuses'), (error: AppError) => error.message);
      const [started, ended] = refusal.split(' ').map(Number);
      return { started: started!, ended: ended! };
    };
    const calls = [0, 1, 2].map(() => stamps(reencodeInWorker(notAPhoto, { logger, script: stampingWorker })));
    const [first, second, third] = await Promise.all(calls);
    expect(second!.started).toBeGreaterThanOrEqual(first!.ended);
    expect(third!.started).toBeGreaterThanOrEqual(second!.ended);
  });

  it('lets the next photo through after one that failed', async () => {
    const impatient = { ...photoWorkerLimits, timeoutMs: 1 };
    const failing = reencodeInWorker(plainJpeg(400, 300), { logger, limits: impatient });
    const next = reencodeInWorker(plainJpeg(400, 300), { logger });
    await expect(failing).rejects.toMatchObject({ message: photoMessages.timedOut });
    expect((await next).width).toBe(400);
  });
});
