import type { Api, Result, SessionEvents } from '../../preload/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness); the renderer's only way to reach main. */
    readonly api: Api;
    /** Main's pushes about the session (it locked on its own: idle backstop, OS screen lock). */
    readonly sessionEvents: SessionEvents;
  }
}

type LockedListener = (message: string) => void;
const lockedListeners = new Set<LockedListener>();

/**
 * Main may lock the session at any moment (another window, a timeout). Every result passes
 * through here, so no screen can forget to send the user back to the unlock screen.
 */
export function onSessionLocked(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

function watchForLocked<T>(result: Result<T>): Result<T> {
  if (!result.ok && result.error.code === 'LOCKED') {
    for (const listener of lockedListeners) listener(result.error.message);
  }
  return result;
}

function wrap(source: Api): Api {
  const wrapped = Object.fromEntries(
    Object.entries(source).map(([domain, calls]) => [
      domain,
      Object.fromEntries(
        Object.entries(calls as Record<string, (input?: unknown) => Promise<Result<unknown>>>).map(([name, call]) => [
          name,
          async (input?: unknown) => watchForLocked(await call(input)),
        ]),
      ),
    ]),
  );
  // Same calls with the same signatures, only observed: the contract's types still hold.
  return wrapped as unknown as Api;
}

export const api: Api = wrap(window.api);
