import type { Role, YouthAccess } from '../../../preload/contract';

/** Which youths a role sees by default (need to know). */
export type Visibility = { kind: 'all' } | { kind: 'none' } | { kind: 'locations'; locationIds: readonly string[] };

export function youthVisibility(role: Role, locationIds: readonly string[]): Visibility {
  switch (role) {
    case 'traffickingOfficer':
      return { kind: 'all' };
    case 'administrator':
      return { kind: 'none' };
    case 'teamLead':
    case 'groupWorker':
      return { kind: 'locations', locationIds };
  }
}

export interface GrantWindow {
  reason: string;
  grantedAt: string;
  expiresAt: string;
}

/**
 * A grant counts from its start to its end. Before its start means the clock was set back: then
 * it does not count. (A clock set back past the end is caught by the caller, which compares the
 * clock with the access log's newest entry: see clockBehind.ts.)
 */
export function isGrantActive(grant: Pick<GrantWindow, 'grantedAt' | 'expiresAt'>, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(grant.grantedAt) <= at && at < Date.parse(grant.expiresAt);
}

export function grantExpiry(grantedAt: Date, hours: number): string {
  return new Date(grantedAt.getTime() + hours * 3_600_000).toISOString();
}

/** Why this user may see a youth at this location, or undefined when they may not. */
export function accessToYouth(visibility: Visibility, youthLocationId: string, grant: GrantWindow | undefined, now: Date): YouthAccess | undefined {
  if (visibility.kind === 'all') return { kind: 'allYouths' };
  if (visibility.kind === 'locations' && visibility.locationIds.includes(youthLocationId)) return { kind: 'location' };
  if (grant && isGrantActive(grant, now)) return { kind: 'emergency', reason: grant.reason, expiresAt: grant.expiresAt };
  return undefined;
}
