import { useId } from 'react';
import type { EmergencyGrant } from '../../preload/contract';

const clockTime = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });

/** While emergency access runs, it stays in sight on every page: whose file, until when, and why. */
export function EmergencyBanner({ grants }: { grants: EmergencyGrant[] }) {
  const headingId = useId();
  if (grants.length === 0) return null;
  return (
    <section className="emergency-banner" aria-labelledby={headingId}>
      <h2 id={headingId} className="emergency-banner-title">
        Noodtoegang actief
      </h2>
      <ul className="emergency-banner-list">
        {grants.map((grant) => (
          <li key={grant.id}>
            Dossier <strong>{grant.youthName}</strong> tot {clockTime.format(new Date(grant.expiresAt))} — reden:{' '}
            {grant.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
