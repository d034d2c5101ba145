import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../preload/contract';
import { idleDuration, recoveryKeyGoneNotice } from '../../renderer/app/lockNotice';
import { sessionReducer, type SessionEvent, type SessionState } from '../../renderer/app/sessionState';

const info = (id: string, overrides: Partial<SessionInfo> = {}): SessionInfo => ({
  user: { id, name: `Gebruiker ${id}`, role: 'groupWorker' },
  idleLockSeconds: 300,
  mustChangePassword: false,
  notices: [],
  ...overrides,
});

const eva = info('eva');
const wim = info('wim');
const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);

describe('the session state machine', () => {
  it('follows main at start: no database, locked, or signed in (and then maybe a password to change first)', () => {
    const checking: SessionState = { kind: 'checking' };
    expect(run(checking, { type: 'status', status: { state: 'needsSetup' } })).toEqual({ kind: 'needsSetup' });
    expect(run(checking, { type: 'status', status: { state: 'locked' } })).toEqual({ kind: 'locked' });
    expect(run(checking, { type: 'status', status: { state: 'unlocked', session: eva } })).toEqual({ kind: 'unlocked', session: eva });
    const reset = info('eva', { mustChangePassword: true });
    expect(run(checking, { type: 'status', status: { state: 'unlocked', session: reset } })).toEqual({ kind: 'mustChangePassword', session: reset });
    expect(run(checking, { type: 'statusFailed', message: 'kapot' })).toEqual({ kind: 'unavailable', message: 'kapot' });
  });

  it('shows the recovery key after setup, and opens the app only once it is stored', () => {
    const shown = run({ kind: 'needsSetup' }, { type: 'setUp', session: eva, recoveryKey: 'ABCD' });
    expect(shown).toEqual({ kind: 'showRecoveryKey', session: eva, recoveryKey: 'ABCD' });
    expect(run(shown, { type: 'recoveryKeyStored' })).toEqual({ kind: 'unlocked', session: eva });
    expect(run({ kind: 'needsSetup' }, { type: 'alreadySetUp', message: 'Log in.' })).toEqual({ kind: 'locked', notice: 'Log in.' });
  });

  it('keeps the signed-in screen while locked, with the name for the next login', () => {
    const locked = run({ kind: 'unlocked', session: eva }, { type: 'locked', reason: 'idle' });
    expect(locked).toEqual({
      kind: 'locked',
      notice: 'Automatisch vergrendeld na 5 minuten zonder activiteit. Log opnieuw in om verder te gaan.',
      userName: eva.user.name,
      parked: eva,
    });
  });

  it('after "switch user" keeps the screen (for that user) but not the name', () => {
    const locked = run({ kind: 'unlocked', session: eva }, { type: 'locked', reason: 'switchUser' });
    expect(locked).toEqual({ kind: 'locked', notice: 'Wissel van gebruiker: log in met je eigen account.', parked: eva });
  });

  it('keeps the first notice when the same lock is reported twice', () => {
    const locked = run({ kind: 'unlocked', session: eva }, { type: 'locked', reason: 'manual' }, { type: 'locked', reason: 'system' }, { type: 'locked', message: 'LOCKED' });
    expect(locked).toMatchObject({ kind: 'locked', notice: 'Waakzaam is vergrendeld. Log opnieuw in om verder te gaan.' });
    const fromCall = run({ kind: 'unlocked', session: eva }, { type: 'locked', message: 'De app is vergrendeld.' });
    expect(fromCall).toMatchObject({ kind: 'locked', notice: 'De app is vergrendeld.' });
  });

  it('has nothing to lock before anyone signed in', () => {
    for (const state of [{ kind: 'checking' }, { kind: 'needsSetup' }, { kind: 'unavailable', message: 'x' }] as SessionState[]) {
      expect(run(state, { type: 'locked', reason: 'system' })).toBe(state);
    }
  });

  it('says the recovery key is gone when the lock comes while it is on screen', () => {
    const locked = run({ kind: 'showRecoveryKey', session: eva, recoveryKey: 'ABCD' }, { type: 'locked', reason: 'idle' });
    expect(locked).toMatchObject({ kind: 'locked', userName: eva.user.name });
    expect(locked).not.toHaveProperty('parked');
    expect(locked.kind === 'locked' && locked.notice).toContain(recoveryKeyGoneNotice);
  });

  it('signs the next user in on a fresh screen; a password change first keeps only their own parked screen', () => {
    const locked = run({ kind: 'unlocked', session: eva }, { type: 'locked', reason: 'switchUser' });
    expect(run(locked, { type: 'signedIn', session: wim })).toEqual({ kind: 'unlocked', session: wim });
    const evaAfterReset = info('eva', { mustChangePassword: true });
    expect(run(locked, { type: 'signedIn', session: evaAfterReset })).toEqual({ kind: 'mustChangePassword', session: evaAfterReset, parked: eva });
    const wimAfterReset = info('wim', { mustChangePassword: true });
    const changing = run(locked, { type: 'signedIn', session: wimAfterReset });
    expect(changing).toEqual({ kind: 'mustChangePassword', session: wimAfterReset });
    expect(run(changing, { type: 'passwordChanged', session: wim })).toEqual({ kind: 'unlocked', session: wim });
    // Locked again before choosing: the parked screen (if any) stays for its owner.
    expect(run(changing, { type: 'locked', reason: 'manual' })).toEqual({
      kind: 'locked',
      notice: 'Waakzaam is vergrendeld. Log opnieuw in om verder te gaan.',
      userName: wim.user.name,
    });
  });

  it('keeps unread notices over a password change and drops them once dismissed', () => {
    const withNotice: SessionState = { kind: 'unlocked', session: info('eva', { notices: ['De klok loopt achter.'] }) };
    const changed = run(withNotice, { type: 'passwordChanged', session: eva });
    expect(changed).toEqual({ kind: 'unlocked', session: info('eva', { notices: ['De klok loopt achter.'] }) });
    expect(run(changed, { type: 'noticesDismissed' })).toEqual({ kind: 'unlocked', session: eva });
  });
});

describe('the idle time in words', () => {
  it('uses minutes when whole, seconds otherwise', () => {
    expect([60, 300, 1, 2, 90].map(idleDuration)).toEqual(['1 minuut', '5 minuten', '1 seconde', '2 seconden', '90 seconden']);
  });
});
