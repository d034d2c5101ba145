import { describe, expect, it } from 'vitest';
import { conversationDueAt, escalationAt, isPast } from '../../../main/domain/missing/episodeDeadlines';

describe('the deadlines of a missing episode', () => {
  it('escalates the configured minutes after the discovery', () => {
    expect(escalationAt('2026-11-22T22:40:00.000Z', 30)).toBe('2026-11-22T23:10:00.000Z');
    expect(escalationAt('2026-11-22T23:40:00+01:00', 45)).toBe('2026-11-22T23:25:00.000Z');
  });

  it('expects the return conversation the configured hours after the return, and none while the youth is away', () => {
    expect(conversationDueAt('2026-11-23T07:00:00.000Z', 72)).toBe('2026-11-26T07:00:00.000Z');
    expect(conversationDueAt(null, 72)).toBeNull();
  });

  it('works out nothing from a stored moment that is no date, and such a deadline never passes', () => {
    expect(escalationAt('gisteravond', 30)).toBe('');
    expect(isPast('', new Date('2099-01-01T00:00:00Z'))).toBe(false);
    expect(isPast(null, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('counts a deadline as passed from its own moment on', () => {
    expect(isPast('2026-11-23T07:00:00.000Z', new Date('2026-11-23T06:59:59.999Z'))).toBe(false);
    expect(isPast('2026-11-23T07:00:00.000Z', new Date('2026-11-23T07:00:00.000Z'))).toBe(true);
  });
});
