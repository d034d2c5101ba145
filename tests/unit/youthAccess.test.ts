import { describe, expect, it } from 'vitest';
import { can } from '../../main/domain/access/permissions';
import { accessToYouth, grantExpiry, isGrantActive, youthVisibility } from '../../main/domain/access/youthAccess';
import { roles } from '../../preload/contract';

const now = new Date('2026-11-23T22:00:00.000Z');
const grant = { reason: 'Vermist, politie vraagt het signalement', grantedAt: '2026-11-23T21:00:00.000Z', expiresAt: grantExpiry(new Date('2026-11-23T21:00:00.000Z'), 8) };

describe('need-to-know access to youths', () => {
  it('gives the officer every youth, the administrator none, and the others their own locations', () => {
    expect(youthVisibility('traffickingOfficer', ['a'])).toEqual({ kind: 'all' });
    expect(youthVisibility('administrator', ['a'])).toEqual({ kind: 'none' });
    expect(youthVisibility('teamLead', ['a', 'b'])).toEqual({ kind: 'locations', locationIds: ['a', 'b'] });
    expect(youthVisibility('groupWorker', [])).toEqual({ kind: 'locations', locationIds: [] });
  });

  it('says why a youth may be seen, or refuses', () => {
    const worker = youthVisibility('groupWorker', ['noord']);
    expect(accessToYouth(worker, 'noord', undefined, now)).toEqual({ kind: 'location' });
    expect(accessToYouth(worker, 'zuid', undefined, now)).toBeUndefined();
    expect(accessToYouth(worker, 'zuid', grant, now)).toEqual({ kind: 'emergency', reason: grant.reason, expiresAt: grant.expiresAt });
    expect(accessToYouth(youthVisibility('traffickingOfficer', []), 'zuid', undefined, now)).toEqual({ kind: 'allYouths' });
    expect(accessToYouth(youthVisibility('administrator', []), 'zuid', undefined, now)).toBeUndefined();
    expect(accessToYouth(youthVisibility('administrator', []), 'zuid', grant, now)).toEqual(expect.objectContaining({ kind: 'emergency' }));
  });

  it('counts emergency access from its start to its end, not before (clock set back) and not after', () => {
    expect(grant.expiresAt).toBe('2026-11-24T05:00:00.000Z');
    expect(isGrantActive(grant, new Date(grant.grantedAt))).toBe(true);
    expect(isGrantActive(grant, new Date(Date.parse(grant.expiresAt) - 1))).toBe(true);
    expect(isGrantActive(grant, new Date(grant.expiresAt))).toBe(false);
    expect(isGrantActive(grant, new Date(Date.parse(grant.grantedAt) - 1))).toBe(false);
    const worker = youthVisibility('groupWorker', ['noord']);
    expect(accessToYouth(worker, 'zuid', grant, new Date('2026-11-23T20:00:00.000Z'))).toBeUndefined();
    expect(accessToYouth(worker, 'zuid', grant, new Date('2026-11-24T06:00:00.000Z'))).toBeUndefined();
  });
});

describe('permissions per role', () => {
  it('match the roles the issue describes', () => {
    const table = Object.fromEntries(
      roles.map((role) => [
        role,
        (['manageAccounts', 'manageSettings', 'readAccessLog', 'readYouthAccessLog', 'reviewEmergencyAccess', 'requestEmergencyAccess', 'workWithYouths'] as const).filter(
          (permission) => can(role, permission),
        ),
      ]),
    );
    expect(table).toEqual({
      administrator: ['manageAccounts', 'manageSettings', 'readAccessLog'],
      traffickingOfficer: ['readAccessLog', 'readYouthAccessLog', 'reviewEmergencyAccess', 'workWithYouths'],
      teamLead: ['requestEmergencyAccess', 'workWithYouths'],
      groupWorker: ['requestEmergencyAccess', 'workWithYouths'],
    });
  });
});
