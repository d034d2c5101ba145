import { describe, expect, it } from 'vitest';
import { emptyYouthProfile, type Youth } from '../../preload/contract';
import { checkProfileForm, formValuesOf, keysAfterRemoval, valueAt, withValueAt } from '../../renderer/features/profile/profileFormValues';

const youth: Youth = {
  id: 'j-1',
  firstName: 'Ilse',
  lastName: 'Akkerman',
  alias: '',
  dateOfBirth: '2010-03-01',
  locationId: 'loc-1',
  locationName: 'Groep Noord',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('the profile form’s values', () => {
  it('reads and replaces values under dotted keys, arrays included, without changing the original', () => {
    const values = formValuesOf(youth, { ...emptyYouthProfile(), phones: [{ number: '0612345678', handset: '', provider: '', billPayer: '', note: '' }] });
    const changed = withValueAt(values, 'profile.phones.0.handset', 'Grijs');
    expect(valueAt(changed, 'profile.phones.0.handset')).toBe('Grijs');
    expect(Array.isArray(changed.profile.phones)).toBe(true);
    expect(valueAt(values, 'profile.phones.0.handset')).toBe('');
    expect(valueAt(values, 'profile.nothing.here')).toBeUndefined();
  });

  it('checks with the contract’s messages under the keys main uses, the height as typed included', () => {
    const values = formValuesOf(youth, emptyYouthProfile());
    expect(values.profile.description.heightCm).toBe('');
    const wrong = withValueAt(withValueAt(withValueAt(values, 'profile.description.heightCm', '1,72'), 'profile.identity.bsn', '12345678'), 'dateOfBirth', '');
    expect(checkProfileForm(youth.id, wrong)).toEqual({
      ok: false,
      errors: {
        dateOfBirth: 'Vul de volledige geboortedatum in: dag, maand en jaar.',
        'profile.identity.bsn': 'Een BSN bestaat uit negen cijfers.',
        'profile.description.heightCm': 'Vul de lengte in hele centimeters in.',
      },
    });
    const right = checkProfileForm(youth.id, withValueAt(values, 'profile.description.heightCm', ' 172 '));
    expect(right.ok && right.update.profile.description.heightCm).toBe(172);
  });

  it('moves the messages of later rows up when a row is removed, and drops the removed row’s', () => {
    const shown = ['firstName', 'profile.phones.0.number', 'profile.phones.1.number', 'profile.phones.2.number', 'profile.contacts.1.name'];
    expect(keysAfterRemoval(shown, 'profile.phones', 1)).toEqual(['firstName', 'profile.phones.0.number', 'profile.phones.1.number', 'profile.contacts.1.name']);
  });
});
