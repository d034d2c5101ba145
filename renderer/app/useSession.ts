import { useCallback, useEffect, useReducer } from 'react';
import type { SessionInfo, SetupResult } from '../../preload/contract';
import { api, onSessionLocked } from './api';
import { sessionReducer, type SessionState } from './sessionState';

/** The reasons the renderer itself locks for; main adds 'system' and 'quit'. */
export type RendererLockReason = 'manual' | 'idle' | 'switchUser';

export interface Session {
  state: SessionState;
  recheck: () => void;
  setUp: (result: SetupResult) => void;
  recoveryKeyStored: () => void;
  signedIn: (session: SessionInfo) => void;
  passwordChanged: (session: SessionInfo) => void;
  dismissNotices: () => void;
  alreadySetUp: (message: string) => void;
  showSetup: () => void;
  lock: (reason: RendererLockReason) => void;
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

  // A call that finds the session gone (LOCKED), and main telling us it locked on its own.
  useEffect(() => onSessionLocked((message) => dispatch({ type: 'locked', message })), []);
  useEffect(() => window.sessionEvents.onLocked(({ reason }) => dispatch({ type: 'locked', reason })), []);

  const lock = useCallback((reason: RendererLockReason) => {
    // The screen locks first and at once; main's confirmation (its push) then changes nothing.
    // Main's lock cannot fail: whatever it writes to the log, the key is dropped.
    dispatch({ type: 'locked', reason });
    void api.session.lock({ reason });
  }, []);

  return {
    state,
    recheck,
    lock,
    setUp: useCallback((result: SetupResult) => dispatch({ type: 'setUp', ...result }), []),
    recoveryKeyStored: useCallback(() => dispatch({ type: 'recoveryKeyStored' }), []),
    signedIn: useCallback((session: SessionInfo) => dispatch({ type: 'signedIn', session }), []),
    passwordChanged: useCallback((session: SessionInfo) => dispatch({ type: 'passwordChanged', session }), []),
    dismissNotices: useCallback(() => dispatch({ type: 'noticesDismissed' }), []),
    alreadySetUp: useCallback((message: string) => dispatch({ type: 'alreadySetUp', message }), []),
    showSetup: useCallback(() => dispatch({ type: 'needsSetup' }), []),
  };
}
