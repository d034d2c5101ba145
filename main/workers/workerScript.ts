/** Where a worker thread's code is, and how Node must load it. */
export interface WorkerScript {
  url: URL;
  execArgv?: string[];
}

/**
 * The worker beside the module at `moduleUrl`. From source (vitest, tsx) that module is a .ts
 * file and the worker runs `files.source` with tsx's loader. Built, the calling code is part of
 * out/main/index.js and `files.built` is emitted beside it (electron.vite.config.ts). Both names
 * are literals at the call site, so the bundle names the file it loads.
 */
export function workerScript(moduleUrl: string, files: { source: string; built: string }): WorkerScript {
  if (moduleUrl.endsWith('.ts')) return { url: new URL(files.source, moduleUrl), execArgv: ['--import', import.meta.resolve('tsx')] };
  return { url: new URL(files.built, moduleUrl) };
}
