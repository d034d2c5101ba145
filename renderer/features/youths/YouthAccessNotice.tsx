import type { YouthAccess } from '../../../preload/contract';
import { formatMoment } from '../../components/formatDateTime';

/** Why this user sees this file; emergency access is stated plainly, with its reason and end. */
export function YouthAccessNotice({ access }: { access: YouthAccess }) {
  switch (access.kind) {
    case 'location':
      return <p className="muted">Je ziet dit dossier omdat de jongere bij een van jouw locaties hoort.</p>;
    case 'allYouths':
      return <p className="muted">Je ziet dit dossier als aandachtsfunctionaris: je hebt toegang tot alle jongeren.</p>;
    case 'emergency':
      return (
        <div className="notice notice-warning" role="note" aria-label="Noodtoegang">
          <p className="notice-title">Je werkt in dit dossier met noodtoegang, tot {formatMoment(access.expiresAt)}.</p>
          <p>
            Jouw reden: <q className="notice-quote">{access.reason}</q>
          </p>
          <p>
            Deze jongere hoort niet bij jouw locaties. Alles wat je hier bekijkt en wijzigt wordt vastgelegd, en de
            aandachtsfunctionaris beoordeelt het gebruik van deze noodtoegang achteraf.
          </p>
        </div>
      );
  }
}
