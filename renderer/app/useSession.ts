import { useCallback, useEffect, useReducer } from 'react';
import type { SessionUser } from '../../preload/contract';
import { api, onSessionLocked } from './api';
import { sessionReducer, type SessionState } from './sessionState';

export interface Session {
  state: SessionState;
  recheck: () => void;
  signedIn: (user: SessionUser) => void;
  showUnlock: (notice?: string) => void;
  showSetup: () => void;
  lock: () => Promise<void>;
}

export function useSession(): Session {
  const [state, dispatch] = useReducer(sessionReducer, { kind: 'checking' });

  const recheck = useCallback(() => {
    dispatch({ type: 'check' });
    void api.session.status().then((result) => {
      dispatch(result.ok ? { type: 'status', status: result.value } : { type: 'statusFailed', message: result.error.message });
    });
  }, []);

  useEffect(recheck, [recheck]);

  useEffect(() => onSessionLocked((message) => dispatch({ type: 'locked', notice: message })), []);

  const signedIn = useCallback((user: SessionUser) => dispatch({ type: 'signedIn', user }), []);
  const showUnlock = useCallback((notice?: string) => dispatch({ type: 'locked', notice }), []);
  const showSetup = useCallback(() => dispatch({ type: 'needsSetup' }), []);

  const lock = useCallback(async () => {
    const result = await api.session.lock();
    // The screen locks even if main failed to: nobody can use it without signing in again.
    dispatch({ type: 'locked', notice: result.ok ? undefined : result.error.message });
  }, []);

  return { state, recheck, signedIn, showUnlock, showSetup, lock };
}
