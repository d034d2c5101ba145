import type { Role } from '../../../preload/contract';

/** What each role may do besides seeing youths (see youthAccess.ts for that). */
const permissions = {
  manageAccounts: ['administrator'],
  manageSettings: ['administrator'],
  manageSignalCatalogue: ['administrator'],
  /** The administrator keeps the catalogue without seeing any youth's signals. */
  readSignalCatalogue: ['administrator', 'traffickingOfficer', 'teamLead', 'groupWorker'],
  manageSocialMap: ['administrator'],
  /** The numbers to call are needed at every desk. */
  readSocialMap: ['administrator', 'traffickingOfficer', 'teamLead', 'groupWorker'],
  /** A second signature on a step-5 decision. */
  countersignDecisions: ['traffickingOfficer', 'teamLead'],
  readAccessLog: ['administrator', 'traffickingOfficer'],
  readYouthAccessLog: ['traffickingOfficer'],
  /** The organisation-wide disclosure register and its CSV, for the privacy officer's checks. */
  readDisclosureRegister: ['administrator', 'traffickingOfficer'],
  reviewEmergencyAccess: ['traffickingOfficer'],
  requestEmergencyAccess: ['teamLead', 'groupWorker'],
  workWithYouths: ['traffickingOfficer', 'teamLead', 'groupWorker'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
