import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import type { PhotoWorkerReady, PhotoWorkerReply } from '../../main/photos/photoWorker';

/**
 * A stand-in for the photo worker that re-encodes nothing: it takes a while and refuses with the
 * moments it ran ("start end", in ms since the epoch, the same clock on every thread), so a test
 * can see whether two of them overlapped.
 */
export const stampingWorkMs = 150;

parentPort?.postMessage({ ready: true } satisfies PhotoWorkerReady);
const started = Date.now();
await sleep(stampingWorkMs);
parentPort?.postMessage({ ok: false, expected: { code: 'VALIDATION', message: `${started} ${Date.now()}` } } satisfies PhotoWorkerReply);
