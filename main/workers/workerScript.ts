/** Where a worker thread's code is, and how Node must load it. */
export interface WorkerScript {
  url: URL;
  execArgv?: string[];
}

/**
 * The worker `name` beside the module at `moduleUrl`. From source (vitest, tsx) that module is a
 * .ts file and the worker runs `<name>.ts` with tsx's loader. Built, the calling code is part of
 * out/main/index.js and `<name>.js` is emitted beside it (electron.vite.config.ts).
 */
export function workerScript(moduleUrl: string, name: string): WorkerScript {
  if (moduleUrl.endsWith('.ts')) return { url: new URL(`./${name}.ts`, moduleUrl), execArgv: ['--import', import.meta.resolve('tsx')] };
  return { url: new URL(`./${name}.js`, moduleUrl) };
}
