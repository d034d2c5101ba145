import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../errors/AppError';
import { photoMessages } from './decodeImage';
import type { PhotoWorkerReply } from './photoWorker';
import type { ReencodedPhoto } from './reencodePhoto';

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

export interface PhotoWorkerScript {
  url: URL;
  execArgv?: string[];
}

/**
 * The worker beside the module at `moduleUrl`. From source (vitest, tsx) that module is
 * reencodeInWorker.ts and the worker runs photoWorker.ts with tsx's loader. Built, this code is
 * part of out/main/index.js and photoWorker.js is emitted beside it (electron.vite.config.ts).
 * In the packaged app both lie inside app.asar: Electron's Node reads worker scripts and their
 * imports from the archive too, so nothing needs unpacking.
 */
export function photoWorkerScript(moduleUrl: string): PhotoWorkerScript {
  if (moduleUrl.endsWith('.ts')) return { url: new URL('./photoWorker.ts', moduleUrl), execArgv: ['--import', import.meta.resolve('tsx')] };
  return { url: new URL('./photoWorker.js', moduleUrl) };
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Only plain data crosses between threads: Buffers arrive as Uint8Arrays, an AppError as its fields. */
function settle(reply: PhotoWorkerReply): ReencodedPhoto {
  if (reply.ok) return { ...reply.photo, image: asBuffer(reply.photo.image), thumbnail: asBuffer(reply.photo.thumbnail) };
  if ('expected' in reply) throw new AppError(reply.expected.code, reply.expected.message, reply.expected.fields);
  throw new Error(`Photo worker failed: ${reply.unexpected}`);
}

function workerFailure(error: Error): Error {
  return 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('VALIDATION', photoMessages.outOfMemory) : error;
}

/**
 * reencodePhoto in a worker thread, so main keeps answering calls, locking and counting idle time
 * meanwhile, and a large photo's memory goes when the worker ends. A refusal comes back as the
 * same AppError; running out of memory or time becomes a Dutch AppError too, and main carries on.
 */
export function reencodeInWorker(
  bytes: Uint8Array,
  { limits = photoWorkerLimits, script = photoWorkerScript(import.meta.url) }: { limits?: PhotoWorkerLimits; script?: PhotoWorkerScript } = {},
): Promise<ReencodedPhoto> {
  const worker = new Worker(script.url, {
    workerData: bytes,
    resourceLimits: limits.resourceLimits,
    ...(script.execArgv && { execArgv: script.execArgv }),
  });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<ReencodedPhoto>((resolve, reject) => {
    timer = setTimeout(() => reject(new AppError('VALIDATION', photoMessages.timedOut)), limits.timeoutMs);
    worker.once('message', (reply: PhotoWorkerReply) => {
      try {
        resolve(settle(reply));
      } catch (error) {
        reject(error);
      }
    });
    worker.once('error', (error) => reject(workerFailure(error)));
    worker.once('exit', (exitCode) => reject(new Error(`Photo worker stopped (exit code ${exitCode}) without a reply.`)));
  }).finally(async () => {
    clearTimeout(timer);
    await worker.terminate();
  });
}
