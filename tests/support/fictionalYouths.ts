import { localTodayIso } from '../../preload/contract/isoDate';
import { isValidBsn } from '../../preload/contract/rules/bsn';
import { emptyYouthProfile, type YouthProfile } from '../../preload/contract/youthProfile';

/**
 * Fictional youths with a network, for the anonymisation property test. Every name is invented
 * from syllables that begin with a q and a vowel other than u, which no Dutch word and none of the
 * app's fixed texts holds, so finding one in an export can only mean it leaked. BSNs fail the
 * elfproef; postcodes, plates and handles carry a q too. The organisation's location and staff
 * names (tests/support/staff.ts) are mentioned as well: they narrow the youth down too.
 */

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const digits = (random: Random, count: number) => Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('');
const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;

const vowels = ['a', 'e', 'i', 'o', 'y'];
const consonants = ['k', 'v', 'x', 'z', 'j', 'q'];

/** An invented name: "Qaxo", "Qezivy". */
function inventedName(random: Random, syllables: number): string {
  let word = `q${pick(random, vowels)}`;
  for (let i = 1; i < syllables; i++) word += `${pick(random, consonants)}${pick(random, vowels)}`;
  return capitalised(word);
}

function fictionalBsn(random: Random): string {
  for (;;) {
    const bsn = `${1 + Math.floor(random() * 9)}${digits(random, 8)}`;
    if (!isValidBsn(bsn)) return bsn;
  }
}

const mobile = (random: Random) => `06${digits(random, 8)}`;
const postcode = (random: Random) => `${1000 + Math.floor(random() * 9000)} Q${pick(random, ['A', 'E', 'K', 'X', 'Z'])}`;

/**
 * What a text may mention: the kind decides how it is written differently. A `name` is a person's
 * (it may be glued into a handle or made a diminutive); a `place` is written as stored.
 */
export type IdentifierKind = 'name' | 'place' | 'phone' | 'date' | 'postcode' | 'plate' | 'bsn' | 'email' | 'handle' | 'address';

export interface KnownIdentifier {
  kind: IdentifierKind;
  value: string;
}

export interface FictionalPerson {
  role: 'friend' | 'suspectedExploiter' | 'family';
  name: string;
  alias: string;
}

export interface FictionalPlace {
  placeType: 'hotel' | 'hangout';
  name: string;
  address: string;
  postcode: string;
  city: string;
}

export interface FictionalYouth {
  firstName: string;
  lastName: string;
  alias: string;
  dateOfBirth: string;
  profile: YouthProfile;
  people: FictionalPerson[];
  places: FictionalPlace[];
  plate: string;
  networkPhone: string;
  networkHandle: string;
  sourceName: string;
  /** Everything above that identifies someone, as stored. */
  identifiers: KnownIdentifier[];
}

const yearsAgo = (years: number, days: number) => localTodayIso(new Date(Date.now() - (years * 365.25 + days) * 86_400_000));

/** Names of the organisation itself: its locations and its staff. */
export interface Organisation {
  locationNames: readonly string[];
  staffNames: readonly string[];
}

/** A network name as someone typed it in: capitalised, or all in lowercase. */
const asTyped = (random: Random, name: string) => (random() < 0.5 ? name.toLowerCase() : name);

export function fictionalYouth(random: Random, organisation: Organisation): FictionalYouth {
  // Some first names have two letters ("Qa"): short names must be found too.
  const firstName = inventedName(random, random() < 0.3 ? 1 : 2);
  const lastName = `${pick(random, ['', 'van ', 'de '])}${inventedName(random, 3)}`;
  const alias = inventedName(random, 2);
  const dateOfBirth = yearsAgo(12 + Math.floor(random() * 5), 20 + Math.floor(random() * 300));
  const contact = { role: 'parent' as const, name: asTyped(random, `${inventedName(random, 2)} ${inventedName(random, 3)}`), organisation: '', phone: mobile(random), email: `${inventedName(random, 2).toLowerCase()}@voorbeeld.test`, address: `${inventedName(random, 2)}straat ${1 + Math.floor(random() * 99)}`, postcode: postcode(random), city: `${inventedName(random, 2)}dam`, note: '' };
  const empty = emptyYouthProfile();
  const profile: YouthProfile = {
    ...empty,
    identity: { ...empty.identity, gender: pick(random, ['female', 'male'] as const), bsn: fictionalBsn(random) },
    contacts: [contact],
    phones: [{ number: mobile(random), handset: '', provider: '', billPayer: '', note: '' }],
    socialMedia: [{ platform: 'Snapchat', handle: `${inventedName(random, 2).toLowerCase()}_${digits(random, 2)}`, note: '' }],
  };
  const people: FictionalPerson[] = (['friend', 'suspectedExploiter', 'family'] as const).map((role) => ({ role, name: asTyped(random, `${inventedName(random, 2)} ${inventedName(random, 2)}`), alias: asTyped(random, inventedName(random, 2)) }));
  const places: FictionalPlace[] = (['hotel', 'hangout'] as const).map((placeType) => ({
    placeType,
    name: `${placeType === 'hotel' ? 'Hotel ' : ''}${inventedName(random, 3)}`,
    address: `${inventedName(random, 2)}laan ${1 + Math.floor(random() * 200)}`,
    postcode: postcode(random),
    city: inventedName(random, 3),
  }));
  const plate = `Q${pick(random, ['X', 'Z', 'K'])}-${digits(random, 3)}-${pick(random, ['J', 'V', 'Z'])}`;
  const networkPhone = mobile(random);
  const networkHandle = `${inventedName(random, 2).toLowerCase()}.${inventedName(random, 2).toLowerCase()}`;
  const sourceName = `${inventedName(random, 2)} ${inventedName(random, 2)}`;
  const named = (value: string): KnownIdentifier => ({ kind: 'name', value });
  const place = (value: string): KnownIdentifier => ({ kind: 'place', value });
  const identifiers: KnownIdentifier[] = [
    named(firstName),
    named(lastName.replace(/^(van|de) /, '')),
    named(`${firstName} ${lastName}`),
    named(alias),
    { kind: 'bsn', value: profile.identity.bsn },
    { kind: 'date', value: dateOfBirth },
    named(contact.name),
    { kind: 'phone', value: contact.phone },
    { kind: 'email', value: contact.email },
    { kind: 'address', value: contact.address },
    { kind: 'postcode', value: contact.postcode },
    place(contact.city),
    { kind: 'phone', value: profile.phones[0]!.number },
    { kind: 'handle', value: profile.socialMedia[0]!.handle },
    ...people.flatMap((person) => [named(person.name), named(person.alias)]),
    ...places.flatMap((stored) => [place(stored.name), { kind: 'address' as const, value: stored.address }, { kind: 'postcode' as const, value: stored.postcode }, place(stored.city)]),
    { kind: 'plate', value: plate },
    { kind: 'phone', value: networkPhone },
    { kind: 'handle', value: networkHandle },
    named(sourceName),
    ...organisation.locationNames.map(place),
    ...organisation.staffNames.map(named),
  ];
  return { firstName, lastName, alias, dateOfBirth, profile, people, places, plate, networkPhone, networkHandle, sourceName, identifiers };
}

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const monthShort = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function randomCase(random: Random, text: string): string {
  return pick(random, [
    () => text.toUpperCase(),
    () => text.toLowerCase(),
    () => text,
    () => [...text].map((character) => (random() < 0.5 ? character.toUpperCase() : character.toLowerCase())).join(''),
  ])();
}

/** Spaced out, broken by a hyphen or dots, or left whole: "s a n n e", "San-ne", "S.a.n.n.e". */
function respaced(random: Random, text: string): string {
  const cut = 1 + Math.floor(random() * Math.max(1, text.length - 1));
  return pick(random, [
    () => text,
    () => [...text].join(' '),
    () => `${text.slice(0, cut)}-${text.slice(cut)}`,
    () => [...text].join('.'),
  ])();
}

function phoneForm(random: Random, number: string): string {
  const rest = number.slice(1);
  return pick(random, [
    `${number.slice(0, 2)} ${number.slice(2, 4)} ${number.slice(4, 6)} ${number.slice(6, 8)} ${number.slice(8)}`,
    `+31 ${rest.slice(0, 1)} ${rest.slice(1, 5)} ${rest.slice(5)}`,
    `0031-${rest.slice(0, 1)}-${rest.slice(1)}`,
    `${number.slice(0, 2)}-${number.slice(2)}`,
    `+31 (0)${rest.slice(0, 1)} ${rest.slice(1)}`,
    number,
  ]);
}

function dateForm(random: Random, isoDate: string): string {
  const [year, month, day] = isoDate.split('-') as [string, string, string];
  const m = Number(month);
  const d = Number(day);
  const shortYear = year.slice(2);
  return pick(random, [
    `${d}-${m}-${shortYear}`,
    `${day}-${m}-${shortYear}`,
    `${d}-${month}-${shortYear}`,
    `${monthNames[m - 1]} ${d}, ${year}`,
    `${d}-${m}-${year}`,
    `${day}/${month}/${year}`,
    isoDate,
    `${d} ${monthNames[m - 1]} ${year}`,
    `${day} ${monthShort[m - 1]!.toUpperCase()}. ${year}`,
    `${day}.${month}.${year}`,
    `${day} ${month} ${year}`,
  ]);
}

/** A name as part of a handle nobody recorded ("qaxo2011", "qaxo_xo", "x.Qaxo") or as a diminutive ("Qaxotje", "Qaxoke"). */
function handleOrDiminutive(random: Random, name: string): string {
  return pick(random, [
    () => `${name}${1990 + Math.floor(random() * 30)}`,
    () => `${name.toLowerCase()}_${pick(random, ['xo', '99', 'official'])}`,
    () => `${name.toLowerCase()}.${pick(random, ['x', 'zz'])}`,
    () => `${pick(random, ['x', '00'])}${pick(random, ['.', '_'])}${name}`,
    () => `${name}${pick(random, ['tje', 'je', 'ke', 'pje', 'etje', 'tjes', 's'])}`,
  ])();
}

/** One way a person could have typed the identifier in a note. */
export function writtenForm(random: Random, { kind, value }: KnownIdentifier): string {
  switch (kind) {
    case 'name':
      return random() < 0.3 ? handleOrDiminutive(random, randomCase(random, value)) : respaced(random, randomCase(random, value));
    case 'place':
    case 'address':
      return respaced(random, randomCase(random, value));
    case 'phone':
      return phoneForm(random, value);
    case 'date':
      return dateForm(random, value);
    case 'postcode':
      return pick(random, [value, value.replace(' ', ''), value.toLowerCase(), value.replace(' ', '').toLowerCase()]);
    case 'plate':
      return pick(random, [value, value.toLowerCase().replaceAll('-', ' '), value.replaceAll('-', '').toLowerCase()]);
    case 'bsn':
      return pick(random, [value, `${value.slice(0, 3)}.${value.slice(3, 6)}.${value.slice(6)}`, `${value.slice(0, 3)} ${value.slice(3, 6)} ${value.slice(6)}`]);
    case 'email':
      return randomCase(random, value);
    case 'handle':
      return pick(random, [value, `@${value}`, value.toUpperCase()]);
  }
}

/** Words that identify no one; the test checks they survive, so a redactor that blanks everything fails. */
export const ordinaryWords = ['fietsenstalling', 'boodschappentas', 'regenjas', 'bushalte', 'sporttas', 'energiedrank', 'kapsalon', 'pizzadoos', 'zwembad', 'trampoline', 'wasmachine', 'voetbalveld'] as const;

export interface MentionText {
  text: string;
  /** The ordinary word the text holds. */
  word: string;
  /** How each identifier was written in it. */
  written: string[];
}

/** A sentence about the youth and some of its network: "Q A X O liep met qezi-vo naar de bushalte, belde 06 12 34 56 78." */
export function mentionText(random: Random, youth: FictionalYouth, count: number): MentionText {
  const word = pick(random, ordinaryWords);
  const written = [writtenForm(random, youth.identifiers[Math.floor(random() * 4)]!), ...Array.from({ length: count - 1 }, () => writtenForm(random, pick(random, youth.identifiers)))];
  const [first, ...rest] = written;
  return { text: `${first} liep op ${pick(random, ['maandag', 'zaterdag'])} naar de ${word}; daar waren ook ${rest.join(', ')}.`, word, written };
}
