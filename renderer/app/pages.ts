import type { Role } from '../../preload/contract';

/** The main menu, in the order staff see it, with the roles that see each page. */
export const pages = [
  { id: 'youths', label: 'Jongeren', roles: ['traffickingOfficer', 'teamLead', 'groupWorker'] },
  { id: 'meldcode', label: 'Meldcode', roles: ['traffickingOfficer', 'teamLead', 'groupWorker'] },
  { id: 'missing', label: 'Vermissingen', roles: ['traffickingOfficer', 'teamLead', 'groupWorker'] },
  { id: 'admin', label: 'Beheer', roles: ['administrator'] },
] as const satisfies readonly { id: string; label: string; roles: readonly Role[] }[];

export type PageId = (typeof pages)[number]['id'];

export function pagesFor(role: Role) {
  return pages.filter((page) => (page.roles as readonly Role[]).includes(role));
}
