import { outcomeContactKinds, type Outcome, type ReportChannel, type SocialMapEntry, type SocialMapKind } from '../../../preload/contract';

/** Whom a 5b report channel goes to: the outcome's contacts, and the zorgcoördinator for a report with consent. */
const channelContactKinds = (channel: ReportChannel): readonly SocialMapKind[] => (channel === 'zorgcoordinator' ? ['zorgcoordinator'] : (outcomeContactKinds[channel] ?? []));

/**
 * The social-map entries with a number for an outcome or a report channel, each number once: AVIM
 * and "Politie, geen spoed" share 0900-8844, which is then shown once, under the first entry.
 */
export function contactsFor(about: { outcome: Outcome } | { channel: ReportChannel }, contacts: readonly SocialMapEntry[]): SocialMapEntry[] {
  const kinds = 'outcome' in about ? (outcomeContactKinds[about.outcome] ?? []) : channelContactKinds(about.channel);
  const seen = new Set<string>();
  return kinds
    .flatMap((kind) => contacts.filter((entry) => entry.kind === kind && entry.phone !== ''))
    .filter((entry) => {
      const digits = entry.phone.replace(/\D/g, '');
      if (seen.has(digits)) return false;
      seen.add(digits);
      return true;
    });
}
