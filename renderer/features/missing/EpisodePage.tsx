import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { episodeStatusLabels, type EpisodeView, type SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { BackRow } from '../../components/BackRow';
import { formatDateTime } from '../../components/formatDateTime';
import { PageHeading } from '../../components/PageHeading';
import { Tabs, type TabDefinition } from '../../components/Tabs';
import { useDirtyParts } from '../../components/useDirtyParts';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import type { EpisodePanelProps } from './episodePanel';
import { EscalationNotice } from './EscalationNotice';
import { FactsPanel } from './FactsPanel';
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
      <BackRow guard={back} label={backLabel} />
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
  const { discoveredAt } = view.episode.facts;
  const missing = view.episode.status === 'missing';
  // A stored discovery time that is no date is not shown as if it were one.
  if (Number.isNaN(Date.parse(discoveredAt))) return `${view.youthName} — ${missing ? 'vermist' : 'vermissing'}, ontdekt op een onbekend tijdstip`;
  const since = formatDateTime(discoveredAt);
  return missing ? `${view.youthName} — vermist sinds ${since}` : `${view.youthName} — vermissing van ${since}`;
}

type TabId = 'urgency' | 'facts' | 'timeline' | 'return';
const tabLabels: Record<TabId, string> = { urgency: 'Urgentie', facts: 'Feiten', timeline: 'Tijdlijn', return: 'Terugkeer' };
/** The tabs that report their own dirtiness; the urgency answers live in the page's editor. */
const panelTabs = ['facts', 'timeline', 'return'] as const;
type PanelTab = (typeof panelTabs)[number];

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
  const { dirtyParts, handlers } = useDirtyParts(panelTabs);
  const isDirty = (id: TabId) => (id === 'urgency' ? editor.dirty : dirtyParts.has(id));
  /** The tabs holding unsaved input, by name: closing the episode names them. */
  const unsavedTabs = (Object.keys(tabLabels) as TabId[]).filter(isDirty).map((id) => tabLabels[id]);
  const anyDirty = unsavedTabs.length > 0;
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

  const panelProps = (id: PanelTab): EpisodePanelProps => ({ view, user, onViewChange, onDirtyChange: handlers[id], announce: setStatus });
  const tab = (id: TabId, panel: ReactNode): TabDefinition<TabId> => ({ id, label: tabLabels[id], panel, ...(isDirty(id) ? { badge: 'niet opgeslagen' } : {}) });
  const tabs = [
    tab('urgency', <UrgencyPanel view={view} editor={editor} announce={setStatus} />),
    tab('facts', <FactsPanel {...panelProps('facts')} />),
    tab('timeline', <TimelinePanel {...panelProps('timeline')} />),
    tab('return', <ReturnPanel {...panelProps('return')} unsavedTabs={unsavedTabs} />),
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
