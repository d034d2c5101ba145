import { youthProfileSectionLabels, type NewYouth, type YouthProfile, type YouthProfileSection } from '../../../preload/contract';

type YouthData = Pick<NewYouth, 'firstName' | 'lastName' | 'alias' | 'dateOfBirth' | 'locationId'> & { profile: YouthProfile };

const basicFieldLabels: Record<Exclude<keyof YouthData, 'profile'>, string> = {
  firstName: 'voornaam',
  lastName: 'achternaam',
  alias: 'roepnaam',
  dateOfBirth: 'geboortedatum',
  locationId: 'locatie',
};

/**
 * What a save changed, named by field or profile section and never by value: the access log
 * says that the contacts changed, not what they are now. Both profiles come out of the same
 * schema, so their JSON has the same key order and compares per section.
 */
export function changedYouthParts(before: YouthData, after: YouthData): string[] {
  const basic = (Object.keys(basicFieldLabels) as (keyof typeof basicFieldLabels)[]).filter((field) => before[field] !== after[field]);
  const sections = (Object.keys(youthProfileSectionLabels) as YouthProfileSection[]).filter(
    (section) => JSON.stringify(before.profile[section]) !== JSON.stringify(after.profile[section]),
  );
  return [...basic.map((field) => basicFieldLabels[field]), ...sections.map((section) => youthProfileSectionLabels[section].toLowerCase())];
}
