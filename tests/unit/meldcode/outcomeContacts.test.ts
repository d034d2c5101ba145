import { describe, expect, it } from 'vitest';
import type { SocialMapEntry } from '../../../preload/contract';
import { contactsFor } from '../../../renderer/features/meldcode/outcomeContacts';

const entry = (id: string, kind: SocialMapEntry['kind'], name: string, phone: string): SocialMapEntry => ({ id, kind, name, phone, note: '', shipped: true, changedAt: '2026-01-01T00:00:00.000Z', changedByName: null });
const socialMap = [
  entry('e-1', 'policeNonEmergency', 'Politie, geen spoed', '0900-8844'),
  entry('e-2', 'policeAvim', 'Politie AVIM', '0900 8844'),
  entry('e-3', 'veiligThuis', 'Veilig Thuis', '0800-2000'),
  entry('e-4', 'zorgcoordinator', 'Zorgcoördinator regio', ''),
  entry('e-5', 'zorgcoordinator', 'Zorgcoördinator west', '010-1234567'),
];
const names = (entries: SocialMapEntry[]) => entries.map((found) => found.name);

describe('the numbers beside an outcome or a report channel', () => {
  it('show a number shared by AVIM and the non-emergency line once, under AVIM', () => {
    expect(names(contactsFor({ outcome: 'report-police-avim' }, socialMap))).toEqual(['Politie AVIM']);
    expect(names(contactsFor({ channel: 'report-police-avim' }, socialMap))).toEqual(['Politie AVIM']);
  });

  it('leave out entries without a number, and give the zorgcoördinator for a report with consent', () => {
    expect(names(contactsFor({ channel: 'zorgcoordinator' }, socialMap))).toEqual(['Zorgcoördinator west']);
    expect(names(contactsFor({ channel: 'report-veilig-thuis' }, socialMap))).toEqual(['Veilig Thuis']);
    expect(contactsFor({ outcome: 'close-unfounded' }, socialMap)).toEqual([]);
  });
});
