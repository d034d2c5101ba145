import type { Api } from './contract';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds `window.api` from the contract's channel names. It references nothing outside its
 * own body, so the test harness can inject this very function into a plain browser page.
 */
export function createApi(channels: Record<string, string[]>, invoke: Invoke): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [domain, calls] of Object.entries(channels)) {
    const functions: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const call of calls) {
      functions[call] = (input?: unknown) => invoke(`${domain}.${call}`, input);
    }
    api[domain] = Object.freeze(functions);
  }
  return Object.freeze(api) as unknown as Api;
}
