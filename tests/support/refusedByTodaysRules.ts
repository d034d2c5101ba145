import type { SafetyPlanContentInput, YouthProfileInput } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { daysFrom } from './fileContents';

/**
 * Values that were saved once and that today's rules refuse: what a later, stricter version (or a
 * PC clock set back) finds in the database. Fictional; the BSN fails the elfproef on purpose.
 */
export const refusedProfile = {
  identity: { bsn: '123456781' },
  placement: { startDate: daysFrom(localTodayIso(), 30), legalFramework: 'ots' },
  contacts: [{ role: 'guardian', name: 'Gea Voogd', phone: '06-1234', postcode: '1234 SA' }],
  phones: [{ number: '0612' }],
  // Written when the limit was higher than today's 4000 characters.
  vulnerabilities: { other: 'Loopt weg na ruzie. '.repeat(250) },
} satisfies YouthProfileInput;

/** Where the checked profile schema reports each of them. */
export const refusedProfilePaths = ['identity.bsn', 'placement.startDate', 'contacts.0.phone', 'contacts.0.postcode', 'phones.0.number', 'vulnerabilities.other'];

export const refusedPlan = {
  callWhenUnsafe: [{ name: 'Wijkagent', role: 'politie', phone: '112233' }],
  agreements: 'Om 22:00 binnen.',
  reviewDate: '2026-01-05',
} satisfies SafetyPlanContentInput;

export const refusedPhoneEntity = { kind: 'phone', number: '0612' } as const;
export const refusedPlace = { kind: 'place', placeType: 'hangout', name: 'Bankje bij het station', postcode: '1234 SA' } as const;
