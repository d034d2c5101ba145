import type { Role } from '../../preload/contract';

const careRoles = ['traffickingOfficer', 'teamLead', 'groupWorker'] as const satisfies readonly Role[];

/**
 * The main menu, in the order staff see it, with the roles that see each page. The
 * administrator manages the application but has no need to know about youths: no youth pages.
 */
export const pages = [
  { id: 'youths', label: 'Jongeren', roles: careRoles },
  { id: 'meldcode', label: 'Meldcode', roles: careRoles },
  { id: 'missing', label: 'Vermissingen', roles: careRoles },
  { id: 'emergencyReview', label: 'Noodtoegang beoordelen', roles: ['traffickingOfficer'] },
  { id: 'admin', label: 'Beheer', roles: ['administrator'] },
  { id: 'accessLog', label: 'Toegangslog', roles: ['administrator', 'traffickingOfficer'] },
  { id: 'disclosures', label: 'Verstrekkingen', roles: ['administrator', 'traffickingOfficer'] },
] as const satisfies readonly { id: string; label: string; roles: readonly Role[] }[];

export type PageId = (typeof pages)[number]['id'];

export function pagesFor(role: Role) {
  return pages.filter((page) => (page.roles as readonly Role[]).includes(role));
}

export function mayOpen(role: Role, page: PageId): boolean {
  return pagesFor(role).some((candidate) => candidate.id === page);
}
