import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { episodeStatusLabels, type EpisodeView, type SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { formatDateTime } from '../../components/formatDateTime';
import { PageHeading } from '../../components/PageHeading';
import { Tabs, type TabDefinition } from '../../components/Tabs';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import type { EpisodePanelProps } from './episodePanel';
import { EscalationNotice } from './EscalationNotice';
import { LegalTitleNotice } from './LegalTitleNotice';
import { PacketActions } from './PacketActions';
import { ReturnPanel } from './ReturnPanel';
import { TimelinePanel } from './TimelinePanel';
import { UrgencyPanel } from './UrgencyPanel';
import { UrgencyResult } from './UrgencyResult';
import { useUrgencyEditor } from './useUrgencyEditor';
import '../../styles/missing.css';

interface EpisodePageProps {
  episodeId: string;
  user: SessionUser;
  /** The view the report returned, so the screen needs no second read. */
  initialView?: EpisodeView | undefined;
  onBack: () => void;
  backLabel?: string;
}

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; view: EpisodeView };

/** One missing episode: who and since when, the legal title, the next step, urgency, the police packet, and its parts as tabs. */
export function EpisodePage({ episodeId, user, initialView, onBack, backLabel = 'Terug naar de lijst' }: EpisodePageProps) {
  const [load, setLoad] = useState<Load>(initialView ? { state: 'loaded', view: initialView } : { state: 'loading' });
  const [dirty, setDirty] = useState(false);
  const back = useDiscardGuard({ dirty, onLeave: onBack });

  const read = useCallback(() => api.missing.get({ episodeId }), [episodeId]);

  // The report's view is the episode as it is now: a read (logged) is only needed without it.
  useEffect(() => {
    if (initialView) return;
    void read().then((result) => setLoad(result.ok ? { state: 'loaded', view: result.value } : { state: 'failed', message: result.error.message }));
  }, [initialView, read]);

  /** After the packet: what main recorded shows up; a failed read keeps the screen as it is. */
  const refresh = useCallback(async () => {
    const result = await read();
    if (result.ok) setLoad({ state: 'loaded', view: result.value });
  }, [read]);

  const view = load.state === 'loaded' ? load.view : undefined;
  return (
    <section className="page episode-page" aria-labelledby="page-heading">
      <div className="back-row">
        <button ref={back.returnFocusRef} type="button" className="button" onClick={back.requestLeave}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
      </div>
      {back.confirmingDiscard && <DiscardChangesPrompt onDiscard={back.discard} onKeepEditing={back.keepEditing} />}
      <PageHeading>{view ? episodeHeading(view) : 'Vermissing'}</PageHeading>
      {load.state === 'loading' && <p className="muted">Vermissing openen…</p>}
      {load.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{load.message}</p>
          <button type="button" className="button" onClick={onBack}>
            {backLabel}
          </button>
        </div>
      )}
      {view && <EpisodeContent view={view} user={user} onViewChange={(next) => setLoad({ state: 'loaded', view: next })} onRefresh={refresh} onDirtyChange={setDirty} />}
    </section>
  );
}

function episodeHeading(view: EpisodeView): string {
  const since = formatDateTime(view.episode.facts.discoveredAt);
  return view.episode.status === 'missing' ? `${view.youthName} — vermist sinds ${since}` : `${view.youthName} — vermissing van ${since}`;
}

type TabId = 'urgency' | 'timeline' | 'return';

interface EpisodeContentProps {
  view: EpisodeView;
  user: SessionUser;
  onViewChange: (view: EpisodeView) => void;
  onRefresh: () => Promise<void>;
  onDirtyChange: (dirty: boolean) => void;
}

function EpisodeContent({ view, user, onViewChange, onRefresh, onDirtyChange }: EpisodeContentProps) {
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<TabId>('urgency');
  const editor = useUrgencyEditor(view, onViewChange);
  const [dirtyTabs, setDirtyTabs] = useState({ timeline: false, return: false });
  // Stable, so a panel's effect on its handler does not rerun each render.
  const [tabDirty] = useState(() => ({
    timeline: (dirty: boolean) => setDirtyTabs((current) => (current.timeline === dirty ? current : { ...current, timeline: dirty })),
    return: (dirty: boolean) => setDirtyTabs((current) => (current.return === dirty ? current : { ...current, return: dirty })),
  }));
  const anyDirty = editor.dirty || dirtyTabs.timeline || dirtyTabs.return;
  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);

  /** The packet holds the answers on screen: they are saved first, or the packet waits for them. */
  async function prepare(): Promise<string | null> {
    const outcome = await editor.save();
    if (outcome === 'saved' || outcome === 'unchanged') return null;
    flushSync(() => setSelected('urgency'));
    editor.focusFirstError();
    return outcome === 'invalid'
      ? 'Het politiedossier is nog niet gemaakt: bij een ‘Ja’ in de urgentievragen staat nog niet waaruit het blijkt. Vul dat aan of kies ‘Weet ik niet’.'
      : 'Het politiedossier is nog niet gemaakt: de urgentie kon niet worden opgeslagen (zie ‘Urgentie’).';
  }

  const panelProps = (id: 'timeline' | 'return'): EpisodePanelProps => ({ view, user, onViewChange, onDirtyChange: tabDirty[id], announce: setStatus });
  const unsaved = (dirty: boolean) => (dirty ? { badge: 'niet opgeslagen' } : {});
  const tabs: TabDefinition<TabId>[] = [
    { id: 'urgency', label: 'Urgentie', panel: <UrgencyPanel view={view} editor={editor} announce={setStatus} />, ...unsaved(editor.dirty) },
    { id: 'timeline', label: 'Tijdlijn', panel: <TimelinePanel {...panelProps('timeline')} />, ...unsaved(dirtyTabs.timeline) },
    { id: 'return', label: 'Terugkeer', panel: <ReturnPanel {...panelProps('return')} />, ...unsaved(dirtyTabs.return) },
  ];

  return (
    <>
      <p role="status" className="status-message">
        {status}
      </p>
      <EpisodeSummary view={view} />
      <LegalTitleNotice framework={view.legalFramework} note={view.legalNote} />
      <EscalationNotice view={view} />
      <UrgencyResult answers={editor.draft} unsaved={editor.dirty} />
      <PacketActions episodeId={view.episode.id} prepare={prepare} onMade={() => void onRefresh()} />
      <Tabs label="Onderdelen van de vermissing" tabs={tabs} selected={selected} onSelect={setSelected} />
    </>
  );
}

function EpisodeSummary({ view }: { view: EpisodeView }) {
  const { episode } = view;
  return (
    <dl className="youth-summary">
      <dt>Status</dt>
      <dd>{episodeStatusLabels[episode.status]}</dd>
      <dt>Gemeld door</dt>
      <dd>
        {episode.reportedByName}, {formatDateTime(episode.reportedAt)}
      </dd>
      {episode.returned && (
        <>
          <dt>Terug</dt>
          <dd>{formatDateTime(episode.returned.returnedAt)}</dd>
        </>
      )}
    </dl>
  );
}
