/**
 * Main's own idle lock, behind the renderer's: the renderer locks the screen after the idle
 * time and keeps main informed of activity (`session.touch`); if those reports stop (a hung or
 * misbehaving renderer), main locks anyway a minute later.
 */
export interface IdleLock {
  start(idleSeconds: number): void;
  touch(): void;
  stop(): void;
}

export const idleLockGraceSeconds = 60;

export function createIdleLock(onIdle: () => void): IdleLock {
  let timer: NodeJS.Timeout | undefined;
  let timeoutMs = 0;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onIdle, timeoutMs);
    timer.unref();
  };
  return {
    start(idleSeconds) {
      timeoutMs = (idleSeconds + idleLockGraceSeconds) * 1000;
      arm();
    },
    touch() {
      if (timer) arm();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
