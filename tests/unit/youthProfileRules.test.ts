import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidBsn, isValidPhoneNumber, isValidPostcode, newYouthSchema, youthProfileSchema, type YouthProfileInput } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { normalisePhoneNumber } from '../../preload/contract/rules/phoneNumber';
import { normalisePostcode } from '../../preload/contract/rules/postcode';

/** The Dutch message main would send for one field of a profile, or undefined when it is accepted. */
function messageFor(profile: YouthProfileInput, field: string): string | undefined {
  const parsed = youthProfileSchema.safeParse(profile);
  return parsed.error?.issues.find((issue) => issue.path.join('.') === field)?.message;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('BSN (elfproef)', () => {
  it('accepts the test numbers, also typed with dots or spaces', () => {
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123.456.782')).toBe(true);
    expect(isValidBsn(' 1234 56 782 ')).toBe(true);
  });

  it('refuses a wrong check digit, eight digits, letters and all zeros', () => {
    expect(isValidBsn('123456781')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('explains in Dutch whether the form or the check failed, and keeps an empty BSN optional', () => {
    expect(messageFor({ identity: { bsn: '123456781' } }, 'identity.bsn')).toBe('Dit BSN bestaat niet: de controle (elfproef) klopt niet. Controleer de negen cijfers.');
    expect(messageFor({ identity: { bsn: '12345678' } }, 'identity.bsn')).toBe('Een BSN bestaat uit negen cijfers.');
    expect(messageFor({ identity: { bsn: 'abcdefghi' } }, 'identity.bsn')).toBe('Een BSN bestaat uit negen cijfers.');
    expect(youthProfileSchema.parse({ identity: { bsn: '' } }).identity.bsn).toBe('');
    expect(youthProfileSchema.parse({ identity: { bsn: '123.456.782' } }).identity.bsn).toBe('123456782');
  });
});

describe('dates', () => {
  it('refuses a birth date in the future and a day that does not exist', () => {
    const base = { firstName: 'Lin', lastName: 'Vos', locationId: 'loc' };
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const future = newYouthSchema.safeParse({ ...base, dateOfBirth: localTodayIso(tomorrow) });
    expect(future.error?.issues[0]?.message).toBe('Een geboortedatum kan niet in de toekomst liggen.');
    const february = newYouthSchema.safeParse({ ...base, dateOfBirth: '2012-02-31' });
    expect(february.error?.issues[0]?.message).toBe('Vul een bestaande datum in (jjjj-mm-dd).');
    expect(newYouthSchema.safeParse({ ...base, dateOfBirth: '2012-02-29' }).success).toBe(true);
  });

  it('takes "today" from this PC’s calendar, so just after midnight today is not the future', () => {
    // 00:30 in Amsterdam on 24 November is still 23 November in UTC (vitest runs in Europe/Amsterdam).
    vi.useFakeTimers({ now: new Date('2026-11-23T23:30:00Z') });
    expect(localTodayIso()).toBe('2026-11-24');
    expect(messageFor({ placement: { startDate: '2026-11-24' } }, 'placement.startDate')).toBeUndefined();
    expect(messageFor({ placement: { startDate: '2026-11-25' } }, 'placement.startDate')).toBe('Deze datum kan niet in de toekomst liggen.');
  });

  it('keeps an empty placement start date optional and refuses 31 February there too', () => {
    expect(youthProfileSchema.parse({ placement: { startDate: '' } }).placement.startDate).toBe('');
    expect(messageFor({ placement: { startDate: '2024-02-31' } }, 'placement.startDate')).toBe('Vul een bestaande datum in (jjjj-mm-dd).');
  });
});

describe('phone numbers', () => {
  it.each([
    ['06 12345678', '0612345678'],
    ['06-1234 5678', '0612345678'],
    ['020 123 4567', '0201234567'],
    ['(010) 123 45 67', '0101234567'],
    ['+31 6 12345678', '+31612345678'],
    ['+31 (0)20 123 4567', '+31201234567'],
    ['0031 6 12345678', '+31612345678'],
    ['0800 0123', '08000123'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+49 30 12345678', '+493012345678'],
    ['+44 7700 900123', '+447700900123'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(isValidPhoneNumber(typed)).toBe(true);
    expect(normalisePhoneNumber(typed)).toBe(stored);
  });

  it.each(['06 1234567', '06 123456789', '6 12345678', '+31 6 1234567', '+31 6 123456789', '+31 06 12345678', '+32 1234', '+4412345678901234', '06-abcdefgh', ''])(
    'refuses %s',
    (typed) => {
      expect(isValidPhoneNumber(typed)).toBe(false);
    },
  );

  it('gives the Dutch message for a wrong optional number too, and stores the number without spaces', () => {
    const wrong = 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.';
    expect(messageFor({ contacts: [{ role: 'parent', name: 'Ouder', phone: '06 123' }] }, 'contacts.0.phone')).toBe(wrong);
    expect(messageFor({ phones: [{ number: '12' }] }, 'phones.0.number')).toBe(wrong);
    expect(messageFor({ phones: [{ number: ' ' }] }, 'phones.0.number')).toBe('Vul het telefoonnummer in.');
    const parsed = youthProfileSchema.parse({ contacts: [{ role: 'parent', name: 'Ouder', phone: '' }], phones: [{ number: '06 12 34 56 78' }] });
    expect(parsed.contacts[0]?.phone).toBe('');
    expect(parsed.phones[0]?.number).toBe('0612345678');
  });
});

describe('postcodes', () => {
  it('accepts Dutch postcodes and writes them as "1234 AB"', () => {
    expect(isValidPostcode('1234 AB')).toBe(true);
    expect(isValidPostcode('1234ab')).toBe(true);
    expect(normalisePostcode('1234ab')).toBe('1234 AB');
    expect(youthProfileSchema.parse({ contacts: [{ role: 'parent', name: 'Ouder', postcode: ' 9999zz ' }] }).contacts[0]?.postcode).toBe('9999 ZZ');
  });

  it('refuses a leading zero, the letter pairs never issued, and other shapes', () => {
    for (const postcode of ['0123 AB', '1234 SA', '1234 SD', '1234 SS', '123 AB', '12345 AB', '1234 A1', 'B-1000']) expect(isValidPostcode(postcode)).toBe(false);
    expect(messageFor({ contacts: [{ role: 'parent', name: 'Ouder', postcode: '1234 SA' }] }, 'contacts.0.postcode')).toBe('Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.');
  });
});

describe('the rest of the profile', () => {
  it('reads an empty document as an empty profile with every section present', () => {
    const empty = youthProfileSchema.parse({});
    expect(empty.identity).toEqual({ gender: 'unknown', bsn: '', nationality: '', languages: '', speaksDutch: 'yes' });
    expect(empty.contacts).toEqual([]);
    expect(empty.description.heightCm).toBeNull();
  });

  it('names the missing required parts of repeating groups, and checks e-mail and height', () => {
    expect(messageFor({ contacts: [{ role: 'parent', name: ' ' }] }, 'contacts.0.name')).toBe('Vul de naam van het contact in.');
    expect(messageFor({ socialMedia: [{ platform: 'Snapchat', handle: '' }] }, 'socialMedia.0.handle')).toBe('Vul de accountnaam in (nooit een wachtwoord).');
    expect(messageFor({ marks: [{ kind: 'tattoo', bodyPart: '' }] }, 'marks.0.bodyPart')).toBe('Vul in waar op het lichaam het kenmerk zit.');
    expect(messageFor({ contacts: [{ role: 'parent', name: 'Ouder', email: 'geen-adres' }] }, 'contacts.0.email')).toBe('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.');
    expect(youthProfileSchema.parse({ contacts: [{ role: 'parent', name: 'Ouder', email: ' ouder@voorbeeld.nl ' }] }).contacts[0]?.email).toBe('ouder@voorbeeld.nl');
    expect(messageFor({ description: { heightCm: Number.NaN } }, 'description.heightCm')).toBe('Vul de lengte in hele centimeters in.');
    expect(messageFor({ description: { heightCm: 172.5 } }, 'description.heightCm')).toBe('Vul de lengte in hele centimeters in.');
    expect(messageFor({ description: { heightCm: 40 } }, 'description.heightCm')).toBe('Vul de lengte in centimeters in (minstens 80).');
    expect(messageFor({ description: { heightCm: 172 } }, 'description.heightCm')).toBeUndefined();
  });
});
