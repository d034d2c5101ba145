import type { SessionStatus, SessionUser } from '../../preload/contract';

/** Which screen the app shows; derived from main's session state, never guessed. */
export type SessionState =
  | { kind: 'checking' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'needsSetup' }
  | { kind: 'locked'; notice?: string }
  | { kind: 'unlocked'; user: SessionUser };

export type SessionEvent =
  | { type: 'check' }
  | { type: 'statusFailed'; message: string }
  | { type: 'status'; status: SessionStatus }
  | { type: 'signedIn'; user: SessionUser }
  | { type: 'locked'; notice?: string }
  | { type: 'needsSetup' };

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'check':
      return { kind: 'checking' };
    case 'statusFailed':
      return { kind: 'unavailable', message: event.message };
    case 'status':
      return event.status.state === 'unlocked'
        ? { kind: 'unlocked', user: event.status.user }
        : { kind: event.status.state };
    case 'signedIn':
      return { kind: 'unlocked', user: event.user };
    case 'locked':
      // A second LOCKED from a call still in flight must not wipe the first notice.
      return state.kind === 'locked' ? state : { kind: 'locked', notice: event.notice };
    case 'needsSetup':
      return { kind: 'needsSetup' };
  }
}
