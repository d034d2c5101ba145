import { useState, type Dispatch, type SetStateAction } from 'react';
import { locationBoundRoles, type EpisodeView, type SessionUser, type Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { AttentionPanel } from '../attention/AttentionPanel';
import { BackupOverdueNotice } from '../backups/BackupOverdueNotice';
import { EmergencyAccessDialog } from '../emergency/EmergencyAccessDialog';
import { CasePage } from '../meldcode/CasePage';
import type { ChosenYouth } from '../missing/chosenYouth';
import { EpisodePage } from '../missing/EpisodePage';
import { ReportMissingDialog } from '../missing/ReportMissingDialog';
import { NewYouthForm } from './NewYouthForm';
import { YouthFile } from './YouthFile';
import { YouthSearch } from './YouthSearch';
import { YouthTable } from './YouthTable';

type Place = { kind: 'list' } | { kind: 'file'; youthId: string };
type View = Place | { kind: 'episode'; episodeId: string; initialView?: EpisodeView; backTo: Place } | { kind: 'case'; caseId: string; backTo: Place };

/** The start screen: what needs attention, the youth list, one youth's file, and a missing episode or meldcode case opened from any of them. */
export function YouthsPage({ user }: { user: SessionUser }) {
  const [view, setView] = useState<View>({ kind: 'list' });
  const [query, setQuery] = useState('');
  // "Vermissing melden" from the list (choose the youth) or from a file (that youth).
  const [reporting, setReporting] = useState<{ youth?: ChosenYouth } | null>(null);
  const openEpisode = (episodeId: string) => setView({ kind: 'episode', episodeId, backTo: { kind: 'list' } });
  const openCase = (caseId: string) => setView({ kind: 'case', caseId, backTo: { kind: 'list' } });

  /** After a report (with its view) or to the youth's episode that was already reported. */
  function showEpisode(episodeId: string, initialView?: EpisodeView) {
    setReporting(null);
    setView((current) => ({ kind: 'episode', episodeId, ...(initialView ? { initialView } : {}), backTo: current.kind === 'episode' || current.kind === 'case' ? current.backTo : current }));
  }

  return (
    <>
      {view.kind === 'case' ? (
        <CasePage
          key={view.caseId}
          caseId={view.caseId}
          user={user}
          onBack={() => setView(view.backTo)}
          backLabel={view.backTo.kind === 'file' ? 'Terug naar het dossier' : 'Terug naar de lijst'}
        />
      ) : view.kind === 'episode' ? (
        <EpisodePage
          key={view.episodeId}
          episodeId={view.episodeId}
          user={user}
          initialView={view.initialView}
          onBack={() => setView(view.backTo)}
          backLabel={view.backTo.kind === 'file' ? 'Terug naar het dossier' : 'Terug naar de lijst'}
        />
      ) : view.kind === 'file' ? (
        <YouthFile
          youthId={view.youthId}
          user={user}
          onBack={() => setView({ kind: 'list' })}
          onReportMissing={(youth) => setReporting({ youth })}
          onOpenEpisode={(episodeId) => setView({ kind: 'episode', episodeId, backTo: view })}
          onOpenCase={(caseId) => setView({ kind: 'case', caseId, backTo: view })}
        />
      ) : (
        <YouthList
          user={user}
          query={query}
          onQueryChange={setQuery}
          onOpen={(youthId) => setView({ kind: 'file', youthId })}
          onOpenEpisode={openEpisode}
          onOpenCase={openCase}
          onReportMissing={() => setReporting({})}
        />
      )}
      {reporting && (
        <ReportMissingDialog
          user={user}
          youth={reporting.youth}
          onClose={() => setReporting(null)}
          onReported={(episode) => showEpisode(episode.episode.id, episode)}
          onOpenExisting={showEpisode}
        />
      )}
    </>
  );
}

interface YouthListProps {
  user: SessionUser;
  query: string;
  onQueryChange: Dispatch<SetStateAction<string>>;
  onOpen: (youthId: string) => void;
  onOpenEpisode: (episodeId: string) => void;
  onOpenCase: (caseId: string) => void;
  onReportMissing: () => void;
}

function YouthList({ user, query, onQueryChange, onOpen, onOpenEpisode, onOpenCase, onReportMissing }: YouthListProps) {
  const { load, reload, retry } = useLoad(api.youths.list);
  const attention = useLoad(api.attention.list);
  const [dialog, setDialog] = useState<'none' | 'newYouth' | 'emergency'>('none');
  const [status, setStatus] = useState('');
  // Group workers and team leads see their own locations; outside them only by emergency access.
  const mayRequestEmergency = locationBoundRoles.includes(user.role);

  function open(which: 'newYouth' | 'emergency') {
    setStatus('');
    setDialog(which);
  }

  async function saved(youth: Youth) {
    setDialog('none');
    await Promise.all([reload(), attention.reload()]);
    setStatus(`Jongere toegevoegd: ${youth.firstName} ${youth.lastName}`);
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-header">
        <PageHeading>Jongeren</PageHeading>
        <div className="page-actions">
          <button type="button" className="button button-alarm" onClick={onReportMissing}>
            Vermissing melden
          </button>
          {mayRequestEmergency && (
            <button type="button" className="button" onClick={() => open('emergency')}>
              Noodtoegang
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => open('newYouth')}>
            Nieuwe jongere
          </button>
        </div>
      </div>
      {/* Always rendered: screen readers only announce changes to a live region they already know. */}
      <p role="status" className="status-message">
        {status}
      </p>
      <BackupOverdueNotice />
      <AttentionPanel load={attention.load} onRetry={attention.retry} onOpen={onOpen} onOpenEpisode={onOpenEpisode} onOpenCase={onOpenCase} />
      <section className="youth-list" aria-labelledby="youth-list-heading">
        <h2 id="youth-list-heading" className="section-heading">
          Alle jongeren
        </h2>
        {load.state === 'loading' && <p className="muted">Jongeren laden…</p>}
        {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
        {load.state === 'loaded' &&
          (load.value.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state-title">Nog geen jongeren.</p>
              <p>
                Kies 'Nieuwe jongere' om de eerste toe te voegen.
                {mayRequestEmergency &&
                  ' Je ziet hier de jongeren van je eigen locaties; heb je nu het dossier van een andere jongere nodig, kies dan ‘Noodtoegang’.'}
              </p>
            </div>
          ) : (
            <>
              <YouthSearch value={query} onChange={onQueryChange} />
              <YouthTable youths={load.value} query={query} onQueryChange={onQueryChange} onOpen={onOpen} />
            </>
          ))}
      </section>
      {dialog === 'newYouth' && <NewYouthForm onClose={() => setDialog('none')} onSaved={(youth) => void saved(youth)} />}
      {dialog === 'emergency' && <EmergencyAccessDialog onClose={() => setDialog('none')} onGranted={(grant) => onOpen(grant.youthId)} />}
    </section>
  );
}
