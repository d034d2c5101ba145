import { useState } from 'react';
import type { EpisodeView } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface CloseEpisodeProps {
  view: EpisodeView;
  /** The episode screen's tabs that hold input not saved: after closing it can no longer be saved. */
  unsavedTabs: readonly string[];
  /** The conversation's agreements are proposed for the safety plan but not saved there. */
  planPending: boolean;
  onViewChange: (view: EpisodeView) => void;
  announce: (message: string) => void;
}

const dutchList = new Intl.ListFormat('nl', { type: 'conjunction' });

/** "Op het tabblad ‘Feiten’ staat…", "Op de tabbladen ‘Urgentie’ en ‘Tijdlijn’ staat…". */
function unsavedInput(tabs: readonly string[]): string {
  const where = tabs.length === 1 ? 'het tabblad' : 'de tabbladen';
  return `Op ${where} ${dutchList.format(tabs.map((tab) => `‘${tab}’`))} staat nog invoer die niet is opgeslagen; na het afsluiten kan die niet meer worden opgeslagen.`;
}

/** "Vermissing afsluiten" once the youth is back; the dialog names what is still open before it closes. */
export function CloseEpisode({ view, unsavedTabs, planPending, onViewChange, announce }: CloseEpisodeProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { episode } = view;
  if (episode.status !== 'returned') return null;

  const stillOpen = [
    ...(episode.returned?.policeNotifiedAt ? [] : ['De politie is nog niet afgemeld.']),
    ...(episode.conversation ? [] : ['Het terugkeergesprek is nog niet vastgelegd.']),
    ...(planPending ? ['De afspraken uit het terugkeergesprek staan nog niet in het veiligheidsplan (zie ‘Voorstel voor het veiligheidsplan’).'] : []),
    ...(unsavedTabs.length > 0 ? [unsavedInput(unsavedTabs)] : []),
  ];

  async function close() {
    setBusy(true);
    setError(null);
    const result = await api.missing.close({ episodeId: episode.id, basedOnUpdatedAt: episode.updatedAt });
    setBusy(false);
    if (result.ok) {
      setAsking(false);
      onViewChange(result.value);
      announce('Vermissing afgesloten.');
      return;
    }
    setError(result.error.message);
    // A colleague changed the episode meanwhile: show their data, so a second try closes what is on screen.
    if (result.error.code === 'CONFLICT') {
      const newest = await api.missing.get({ episodeId: episode.id });
      if (newest.ok) onViewChange(newest.value);
    }
  }

  return (
    <section className="episode-close" aria-labelledby="close-episode-heading">
      <h3 id="close-episode-heading" className="episode-form-heading">
        Vermissing afsluiten
      </h3>
      <p>Sluit de vermissing af als alles na de terugkeer is gedaan. Ze verdwijnt dan van het startscherm en blijft in het dossier te lezen.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAsking(true)}>
          Vermissing afsluiten
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title="Vermissing afsluiten?"
          confirmLabel="Afsluiten"
          busy={busy}
          error={error}
          onConfirm={() => void close()}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>
            Daarna staat de vermissing niet meer op het startscherm en kan er niets meer aan worden gewijzigd of toegevoegd. Je vindt haar terug in het
            dossier onder Vermissingen.
          </p>
          {stillOpen.length > 0 && (
            <>
              <p>Nog open:</p>
              <ul className="plain-list">
                {stillOpen.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
