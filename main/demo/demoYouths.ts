import type { NewYouth } from '../../preload/contract';

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

export function demoYouths(today: Date): NewYouth[] {
  const year = today.getUTCFullYear();
  const todayMonthDay = today.toISOString().slice(5, 10);
  return demoPeople.map(({ age, birthday, ...person }) => {
    const birthYear = birthday <= todayMonthDay ? year - age : year - age - 1;
    return { ...person, dateOfBirth: `${birthYear}-${birthday}` };
  });
}

export const demoLogin = { name: 'demo', password: 'waakzaam-demo-2026' } as const;
