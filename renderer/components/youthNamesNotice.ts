import type { Role } from '../../preload/contract';

/** What an organisation-wide list (access log, disclosure register) says about the youths' names it shows this role. */
export function youthNamesNotice(role: Role): string {
  return role === 'administrator'
    ? 'Jongeren staan hier met een kenmerk (J-…) in plaats van hun naam; de aandachtsfunctionaris kan zien om wie het gaat.'
    : 'De export bevat dezelfde regels als je filter, met de namen van de jongeren: bewaar het bestand veilig.';
}
