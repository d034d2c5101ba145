import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleLock, idleLockGraceSeconds } from '../../main/services/idleLock';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("main's own idle lock (the backstop behind the renderer's)", () => {
  it('fires once after the idle time plus the grace minute', () => {
    const onIdle = vi.fn();
    const idle = createIdleLock(onIdle);
    idle.start(300);
    vi.advanceTimersByTime((300 + idleLockGraceSeconds) * 1000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('starts counting again at every touch', () => {
    const onIdle = vi.fn();
    const idle = createIdleLock(onIdle);
    idle.start(5);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(60_000);
      idle.touch();
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(65_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing after stop, and a touch does not start it', () => {
    const onIdle = vi.fn();
    const idle = createIdleLock(onIdle);
    idle.touch();
    vi.advanceTimersByTime(3_600_000);
    idle.start(5);
    idle.stop();
    idle.touch();
    vi.advanceTimersByTime(3_600_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
