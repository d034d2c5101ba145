import { describe, expect, it } from 'vitest';
import { AppError } from '../../main/errors/AppError';
import { photoMessages } from '../../main/photos/decodeImage';
import { photoWorkerLimits, reencodeInWorker } from '../../main/photos/reencodeInWorker';
import { reencodePhoto } from '../../main/photos/reencodePhoto';
import { cameraJpeg, plainJpeg } from '../support/testImages';

const notAPhoto = Buffer.from('Dit is geen foto maar platte tekst.');

describe('re-encoding a photo in a worker thread', () => {
  it('gives exactly the bytes of the direct call, as Buffers', async () => {
    const input = cameraJpeg(64, 32, 6);
    const [inWorker, direct] = await Promise.all([reencodeInWorker(input), reencodePhoto(input)]);
    expect(inWorker).toEqual(direct);
    expect(Buffer.isBuffer(inWorker.image) && Buffer.isBuffer(inWorker.thumbnail)).toBe(true);
  });

  it('brings a refusal back as the same AppError with its Dutch message', async () => {
    const refusal = reencodeInWorker(notAPhoto);
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.unreadable });
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(20)]);
    await expect(reencodeInWorker(webp)).rejects.toMatchObject({ code: 'VALIDATION', message: photoMessages.webp });
  });

  it('keeps main’s event loop running while a large photo is re-encoded', async () => {
    const photo = plainJpeg(3000, 2000, 300);
    const ticks: number[] = [];
    const ticker = setInterval(() => ticks.push(performance.now()), 5);
    const started = performance.now();
    const result = await reencodeInWorker(photo).finally(() => clearInterval(ticker));
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
    await expect(reencodeInWorker(plainJpeg(400, 300), { limits: tinyHeap })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.outOfMemory,
    });
    expect((await reencodeInWorker(plainJpeg(400, 300))).width).toBe(400);
  });

  it('gives up on a photo that takes too long, with a Dutch message', async () => {
    const impatient = { ...photoWorkerLimits, timeoutMs: 1 };
    await expect(reencodeInWorker(plainJpeg(400, 300), { limits: impatient })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: photoMessages.timedOut,
    });
  });
});
