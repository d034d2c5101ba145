import { locationBoundRoles, type Role } from '../../../preload/contract';

/** What someone with this role sees and does, in a sentence for the account form. */
export const roleDescriptions: Record<Role, string> = {
  groupWorker: 'Ziet en werkt in de dossiers van de jongeren van de eigen locaties. Kan in een noodgeval noodtoegang openen.',
  teamLead: 'Ziet en werkt in de dossiers van de jongeren van de eigen locaties. Kan in een noodgeval noodtoegang openen.',
  traffickingOfficer:
    'Ziet alle jongeren, beoordeelt het gebruik van noodtoegang en kan in de toegangslog zien wie welk dossier heeft ingezien.',
  administrator: 'Beheert accounts, locaties en instellingen en kan de toegangslog inzien, maar ziet geen dossiers van jongeren.',
};

/** The role choices in the order an organisation hands them out most. */
export const roleOrder: readonly Role[] = ['groupWorker', 'teamLead', 'traffickingOfficer', 'administrator'];

export function needsLocations(role: Role | ''): boolean {
  return role !== '' && locationBoundRoles.includes(role);
}
