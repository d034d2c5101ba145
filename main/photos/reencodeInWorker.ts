import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../errors/AppError';
import type { Logger } from '../logging/logger';
import { photoMessages } from './decodeImage';
import type { PhotoWorkerReady, PhotoWorkerReply } from './photoWorker';
import { reencodePhoto, type ReencodedPhoto } from './reencodePhoto';
import { workerScript, type WorkerScript } from '../workers/workerScript';

export interface PhotoWorkerLimits {
  timeoutMs: number;
  resourceLimits: ResourceLimits;
}

/**
 * Measured on a 48-megapixel JPEG, the largest that jpeg-js's own memory budget in decodeImage.ts
 * lets through: about 430 MB of JS heap and 13–18 s on a busy two-core PC. The heap cap is a
 * backstop at twice that, not a limit a photo should meet: a worker that reaches its cap while
 * allocating a large buffer can abort the whole process instead of only itself
 * (nodejs/node#47224). The megapixel and memory limits in decodeImage.ts are the real bounds.
 * The timeout leaves room for a slower PC; main keeps answering meanwhile.
 */
export const photoWorkerLimits: PhotoWorkerLimits = {
  timeoutMs: 60_000,
  resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 64 },
};

export type PhotoWorkerScript = WorkerScript;

/**
 * The photo worker beside this module (main/workers/workerScript.ts). Built, photoWorker.js is
 * emitted with its libraries bundled in: in the packaged app it imports only Node's built-ins and
 * its own chunk from app.asar, never a package from the archive's node_modules. Should it still
 * not start there, reencodeInWorker re-encodes in main instead.
 */
export function photoWorkerScript(moduleUrl: string): PhotoWorkerScript {
  return workerScript(moduleUrl, { source: './photoWorker.ts', built: './photoWorker.js' });
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Only plain data crosses between threads: Buffers arrive as Uint8Arrays, an AppError as its fields. */
function settle(reply: PhotoWorkerReply): ReencodedPhoto {
  if (reply.ok) return { ...reply.photo, image: asBuffer(reply.photo.image), thumbnail: asBuffer(reply.photo.thumbnail) };
  if ('expected' in reply) throw new AppError(reply.expected.code, reply.expected.message, reply.expected.fields);
  throw new Error(`Photo worker failed: ${reply.unexpected}`);
}

const isOutOfMemory = (error: Error) => 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';

function workerFailure(error: Error): Error {
  return isOutOfMemory(error) ? new AppError('VALIDATION', photoMessages.outOfMemory) : error;
}

/** The worker failed before its imports had loaded: a missing or unloadable file, not the photo. */
class WorkerDidNotStart extends Error {
  constructor(readonly failure: unknown) {
    super('Photo worker did not start.');
  }
}

/** Only the error's kind: its message and stack name paths, and a path may hold a user name. */
function technicalKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  return 'code' in error && typeof error.code === 'string' ? `${error.name} ${error.code}` : error.name;
}

function runWorker(bytes: Uint8Array, limits: PhotoWorkerLimits, script: PhotoWorkerScript): Promise<ReencodedPhoto> {
  let worker: Worker;
  try {
    worker = new Worker(script.url, {
      workerData: bytes,
      resourceLimits: limits.resourceLimits,
      ...(script.execArgv && { execArgv: script.execArgv }),
    });
  } catch (error) {
    return Promise.reject(new WorkerDidNotStart(error));
  }
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  return new Promise<ReencodedPhoto>((resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('VALIDATION', photoMessages.timedOut)), limits.timeoutMs);
    worker.on('message', (message: PhotoWorkerReady | PhotoWorkerReply) => {
      if ('ready' in message) {
        started = true;
        return;
      }
      try {
        resolve(settle(message));
      } catch (error) {
        reject(error);
      }
    });
    // A heap too small to even start is the photo's memory limit all the same, not a broken worker.
    worker.once('error', (error) => reject(started || isOutOfMemory(error) ? workerFailure(error) : new WorkerDidNotStart(error)));
    worker.once('exit', (exitCode) => reject(new Error(`Photo worker stopped (exit code ${exitCode}) without a reply.`)));
  }).finally(async () => {
    clearTimeout(timer);
    await worker.terminate();
  });
}

/**
 * One photo at a time: each worker may take a gigabyte, so a second photo waits for the first
 * instead of running beside it.
 */
let previous: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = previous.then(task, task);
  previous = run.catch(() => undefined);
  return run;
}

/**
 * reencodePhoto in a worker thread, so main keeps answering calls, locking and counting idle time
 * meanwhile, and a large photo's memory goes when the worker ends. A refusal comes back as the
 * same AppError; running out of memory or time becomes a Dutch AppError too, and main carries on.
 * A worker that cannot start at all (an install where it fails to load) is no reason to refuse
 * the photo: it is then re-encoded in main, which freezes the app meanwhile, and the technical
 * log says so.
 */
export function reencodeInWorker(
  bytes: Uint8Array,
  {
    logger,
    limits = photoWorkerLimits,
    script = photoWorkerScript(import.meta.url),
  }: { logger: Logger; limits?: PhotoWorkerLimits; script?: PhotoWorkerScript },
): Promise<ReencodedPhoto> {
  return oneAtATime(() =>
    runWorker(bytes, limits, script).catch((error: unknown) => {
      if (!(error instanceof WorkerDidNotStart)) throw error;
      logger.error('photo worker did not start; photo re-encoded on the main thread', technicalKind(error.failure));
      return reencodePhoto(bytes);
    }),
  );
}
