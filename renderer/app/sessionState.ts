import type { LockReason, SessionInfo, SessionStatus } from '../../preload/contract';
import { lockNotice, recoveryKeyGoneNotice } from './lockNotice';

/**
 * Which screen the app shows; derived from main's session state, never guessed.
 *
 * `parked` is the signed-in screen that stays mounted, hidden, while the session is locked: the
 * same user signing in again gets it back exactly as it was; anyone else gets a fresh one.
 */
export type SessionState =
  | { kind: 'checking' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'needsSetup' }
  /** Right after setup: the recovery key is on screen, once, before the app opens. */
  | { kind: 'showRecoveryKey'; session: SessionInfo; recoveryKey: string }
  /** `userName` prefills the login (not after "switch user"); `notice` says why it locked. */
  | { kind: 'locked'; notice?: string; userName?: string; parked?: SessionInfo }
  | { kind: 'mustChangePassword'; session: SessionInfo; parked?: SessionInfo }
  | { kind: 'unlocked'; session: SessionInfo };

export type SessionEvent =
  | { type: 'check' }
  | { type: 'statusFailed'; message: string }
  | { type: 'status'; status: SessionStatus }
  | { type: 'setUp'; session: SessionInfo; recoveryKey: string }
  | { type: 'recoveryKeyStored' }
  | { type: 'signedIn'; session: SessionInfo }
  | { type: 'passwordChanged'; session: SessionInfo }
  /** The renderer locked (`reason`), main said so (`reason`), or a call came back LOCKED (`message`). */
  | { type: 'locked'; reason?: LockReason; message?: string }
  | { type: 'noticesDismissed' }
  /** Setup found a database after all (made meanwhile by the admin command): log in instead. */
  | { type: 'alreadySetUp'; message: string }
  | { type: 'needsSetup' };

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'check':
      return { kind: 'checking' };
    case 'statusFailed':
      return { kind: 'unavailable', message: event.message };
    case 'status':
      if (event.status.state === 'unlocked') return signedIn(state, event.status.session);
      return { kind: event.status.state };
    case 'setUp':
      return { kind: 'showRecoveryKey', session: event.session, recoveryKey: event.recoveryKey };
    case 'recoveryKeyStored':
      return state.kind === 'showRecoveryKey' ? signedIn(state, state.session) : state;
    case 'signedIn':
      return signedIn(state, event.session);
    case 'passwordChanged':
      if (state.kind === 'mustChangePassword') return { kind: 'unlocked', session: event.session };
      // Notices not yet read stay: the new session info carries none.
      if (state.kind === 'unlocked') return { kind: 'unlocked', session: { ...event.session, notices: state.session.notices } };
      return state;
    case 'locked':
      return locked(state, event);
    case 'noticesDismissed':
      return state.kind === 'unlocked' ? { kind: 'unlocked', session: { ...state.session, notices: [] } } : state;
    case 'alreadySetUp':
      return { kind: 'locked', notice: event.message };
    case 'needsSetup':
      return { kind: 'needsSetup' };
  }
}

/** The screen that is kept while locked: only for the user it belongs to. */
function parkedFor(state: SessionState, session: SessionInfo): SessionInfo | undefined {
  const parked = state.kind === 'locked' || state.kind === 'mustChangePassword' ? state.parked : undefined;
  return parked?.user.id === session.user.id ? parked : undefined;
}

function signedIn(state: SessionState, session: SessionInfo): SessionState {
  if (session.mustChangePassword) {
    const parked = parkedFor(state, session);
    return parked ? { kind: 'mustChangePassword', session, parked } : { kind: 'mustChangePassword', session };
  }
  return { kind: 'unlocked', session };
}

function locked(state: SessionState, event: Extract<SessionEvent, { type: 'locked' }>): SessionState {
  switch (state.kind) {
    case 'unlocked':
    case 'mustChangePassword':
    case 'showRecoveryKey': {
      const { session } = state;
      let notice = event.message ?? lockNotice(event.reason ?? 'manual', session.idleLockSeconds);
      if (state.kind === 'showRecoveryKey') notice = `${notice} ${recoveryKeyGoneNotice}`;
      const parked = state.kind === 'unlocked' ? session : state.kind === 'mustChangePassword' ? state.parked : undefined;
      return {
        kind: 'locked',
        notice,
        // After "switch user" the next person starts from an empty name.
        ...(event.reason === 'switchUser' ? {} : { userName: session.user.name }),
        ...(parked ? { parked } : {}),
      };
    }
    case 'locked':
      // A second report of the same lock (main's push after our own call, a LOCKED result still
      // in flight) must not replace the first, more precise notice.
      return state;
    case 'checking':
    case 'unavailable':
    case 'needsSetup':
      // Nobody is signed in: nothing to lock, and the screen already says what to do.
      return state;
  }
}
