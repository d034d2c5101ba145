import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors/AppError';
import { photoMessages } from './decodeImage';
import { reencodePhoto, type ReencodedPhoto } from './reencodePhoto';

/**
 * Worker entry: says it is ready, then re-encodes the photo in `workerData` and posts one reply.
 * Built as its own entry beside main's bundle (out/main/photoWorker.js, with jpeg-js, pngjs and
 * exifr bundled in, see electron.vite.config.ts); run from source by reencodeInWorker.ts with tsx.
 */

/** An error only crosses as its own properties: the caller rebuilds the AppError from these. */
export type PhotoWorkerReply =
  | { ok: true; photo: ReencodedPhoto }
  | { ok: false; expected: { code: AppError['code']; message: string; fields?: Record<string, string> } }
  | { ok: false; unexpected: string };

/**
 * Posted once every import has loaded (an ES module's body runs only after them): an error
 * before it means the worker could not start, which no photo caused.
 */
export interface PhotoWorkerReady {
  ready: true;
}

/** Pixel buffers live outside the JS heap that resourceLimits caps: their allocation fails on its own. */
const isAllocationFailure = (error: unknown) => error instanceof RangeError && /allocation failed/i.test(error.message);

function replyFor(error: unknown): PhotoWorkerReply {
  if (error instanceof AppError) return { ok: false, expected: { code: error.code, message: error.message, fields: error.fields } };
  if (isAllocationFailure(error)) return { ok: false, expected: { code: 'VALIDATION', message: photoMessages.outOfMemory } };
  return { ok: false, unexpected: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function answer(bytes: Uint8Array): Promise<PhotoWorkerReply> {
  try {
    return { ok: true, photo: await reencodePhoto(bytes) };
  } catch (error) {
    return replyFor(error);
  }
}

parentPort?.postMessage({ ready: true } satisfies PhotoWorkerReady);
parentPort?.postMessage(await answer(workerData as Uint8Array));
