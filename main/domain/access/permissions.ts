import type { Role } from '../../../preload/contract';

/** What each role may do besides seeing youths (see youthAccess.ts for that). */
const permissions = {
  manageAccounts: ['administrator'],
  manageSettings: ['administrator'],
  readAccessLog: ['administrator', 'traffickingOfficer'],
  readYouthAccessLog: ['traffickingOfficer'],
  reviewEmergencyAccess: ['traffickingOfficer'],
  requestEmergencyAccess: ['teamLead', 'groupWorker'],
  workWithYouths: ['traffickingOfficer', 'teamLead', 'groupWorker'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
