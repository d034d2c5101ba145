import { useEffect, useState } from 'react';
import type { EmergencyGrant } from '../../preload/contract';
import { api } from './api';
import { emergencyChangedEvent } from './emergencyEvents';

const refreshMs = 60_000;

/**
 * The signed-in user's running emergency grants. Reloaded every minute (grants expire), when the
 * window gets focus back, and when a page announces a change; paused while `active` is false
 * (the screen is locked), and reloaded when it comes back.
 */
export function useActiveEmergencyGrants(active: boolean): EmergencyGrant[] {
  const [grants, setGrants] = useState<EmergencyGrant[]>([]);

  useEffect(() => {
    if (!active) return;
    let current = true;
    const load = () => {
      void api.emergency.active().then((result) => {
        // On a failure the banner keeps what it had: it must not vanish while access is still open.
        if (current && result.ok) setGrants(result.value);
      });
    };
    load();
    const timer = setInterval(load, refreshMs);
    window.addEventListener('focus', load);
    window.addEventListener(emergencyChangedEvent, load);
    return () => {
      current = false;
      clearInterval(timer);
      window.removeEventListener('focus', load);
      window.removeEventListener(emergencyChangedEvent, load);
    };
  }, [active]);

  return grants;
}
