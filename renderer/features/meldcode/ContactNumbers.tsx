import type { SocialMapEntry } from '../../../preload/contract';

/** Whom to call, from the social map: name, number and its note. */
export function ContactNumbers({ entries }: { entries: readonly SocialMapEntry[] }) {
  return entries.map((entry) => (
    <span key={entry.id} className="case-contact">
      {entry.name}: <span className="case-phone">{entry.phone}</span>
      {entry.note && <span className="muted"> — {entry.note}</span>}
    </span>
  ));
}
