import type { NewYouth, Role } from '../../preload/contract';
import { demoProfile } from './demoProfiles';

/**
 * Fictional youths for demonstrations and manual testing. Names are common Dutch first and last
 * names combined at random-looking but fixed pairs; no real person is meant. Ages are kept
 * relative to `today` so the demo stays a group of 12–19-year-olds whatever the date.
 */
const demoPeople: readonly { firstName: string; lastName: string; age: number; birthday: string; location: string }[] = [
  { firstName: 'Sanne', lastName: 'Verhoef', age: 15, birthday: '03-14', location: 'De Linde – groep Noord' },
  { firstName: 'Milan', lastName: 'Kooistra', age: 16, birthday: '07-02', location: 'De Linde – groep Noord' },
  { firstName: 'Yara', lastName: 'El Idrissi', age: 14, birthday: '11-29', location: 'De Linde – groep Zuid' },
  { firstName: 'Daan', lastName: 'Brouwer', age: 17, birthday: '01-08', location: 'De Linde – groep Zuid' },
  { firstName: 'Noor', lastName: 'Hendriksen', age: 13, birthday: '05-21', location: 'Het Anker – besloten groep' },
  { firstName: 'Jayden', lastName: 'Mulder', age: 16, birthday: '09-30', location: 'Het Anker – besloten groep' },
  { firstName: 'Lotte', lastName: 'Van Dijk', age: 15, birthday: '12-03', location: 'Het Anker – besloten groep' },
  { firstName: 'Amir', lastName: 'Bakkali', age: 18, birthday: '02-17', location: 'Kamertraining De Brug' },
  { firstName: 'Fleur', lastName: 'Jansma', age: 19, birthday: '06-11', location: 'Kamertraining De Brug' },
  { firstName: 'Ravi', lastName: 'Ramdin', age: 14, birthday: '08-25', location: 'De Linde – groep Zuid' },
  { firstName: 'Esmee', lastName: 'Groeneveld', age: 12, birthday: '04-06', location: 'De Linde – groep Noord' },
  { firstName: 'Kevin', lastName: 'Tromp', age: 17, birthday: '10-19', location: 'Het Anker – besloten groep' },
];

/** A demo youth with its location by name; the demo database creates the locations first. */
export type DemoYouth = Omit<NewYouth, 'locationId'> & { location: string };

export function demoYouths(today: Date): DemoYouth[] {
  const year = today.getUTCFullYear();
  const todayMonthDay = today.toISOString().slice(5, 10);
  return demoPeople.map(({ age, birthday, ...person }) => {
    const birthYear = birthday <= todayMonthDay ? year - age : year - age - 1;
    return { ...person, dateOfBirth: `${birthYear}-${birthday}`, ...demoProfile(person.firstName, today) };
  });
}

/** One password for every demo account, printed by `npm start`: the data is fictional. */
export const demoPassword = 'oefenen-met-waakzaam';

/** The demo's staff: an officer who sees every youth, a group worker and a team lead who see their own. */
export const demoAccounts = [
  { name: 'demo', role: 'traffickingOfficer', locations: [] },
  { name: 'groep-noord', role: 'groupWorker', locations: ['De Linde – groep Noord'] },
  { name: 'teamleider-anker', role: 'teamLead', locations: ['Het Anker – besloten groep'] },
] as const satisfies readonly { name: string; role: Role; locations: readonly string[] }[];

export const demoAdministrator = { name: 'beheer', password: demoPassword } as const;
export const demoLogin = { name: demoAccounts[0].name, password: demoPassword } as const;
