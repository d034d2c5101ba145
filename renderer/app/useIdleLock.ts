import { useEffect, useRef } from 'react';
import { api } from './api';

/** What counts as someone at the keyboard. `focusin` covers focus moving inside the page. */
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'focusin'] as const;

/** How often main hears that the user is active, at most: its own idle lock waits a minute longer. */
export const touchIntervalMs = 20_000;

/**
 * Locks after `idleLockSeconds` without activity (off while `idleLockSeconds` is undefined),
 * and keeps main's backstop timer from firing while the user is active.
 *
 * Activity only records a time stamp (pointermove fires constantly); one timer checks it when it
 * is due and re-arms itself for the rest, so a throttled timer in a hidden window still locks.
 */
export function useIdleLock(idleLockSeconds: number | undefined, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    if (!idleLockSeconds) return;
    const idleMs = idleLockSeconds * 1000;
    let lastActivity = Date.now();
    let lastTouch = Date.now();
    let timer: ReturnType<typeof setTimeout>;

    const check = () => {
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= idleMs) onIdleRef.current();
      else timer = setTimeout(check, idleMs - idleFor);
    };
    const active = () => {
      const now = Date.now();
      lastActivity = now;
      if (now - lastTouch >= touchIntervalMs) {
        lastTouch = now;
        void api.session.touch();
      }
    };

    timer = setTimeout(check, idleMs);
    const options = { capture: true, passive: true };
    for (const type of activityEvents) document.addEventListener(type, active, options);
    window.addEventListener('focus', active, options);
    return () => {
      clearTimeout(timer);
      for (const type of activityEvents) document.removeEventListener(type, active, options);
      window.removeEventListener('focus', active, options);
    };
  }, [idleLockSeconds]);
}
