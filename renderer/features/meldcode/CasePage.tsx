import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { caseStatusLabels, suspicionKindLabels, type CaseView, type MeldcodeStep, type SessionUser, type StepStatus } from '../../../preload/contract';
import { api } from '../../app/api';
import { BackRow } from '../../components/BackRow';
import { formatDateTime } from '../../components/formatDateTime';
import { PageHeading } from '../../components/PageHeading';
import { Tabs, type TabDefinition } from '../../components/Tabs';
import { useDirtyParts } from '../../components/useDirtyParts';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { CaseShareButton } from '../sharing/CaseShareButton';
import { CaseLogPanel } from './CaseLogPanel';
import type { CasePanelProps } from './casePanel';
import { ConsultationsStep } from './ConsultationsStep';
import { ConversationStep } from './ConversationStep';
import { DecisionStep } from './DecisionStep';
import { frameworkLabels } from './decisionText';
import { SignalsStep } from './SignalsStep';
import { WeighingStep } from './WeighingStep';
import '../../styles/missing.css';
import '../../styles/meldcode.css';

interface CasePageProps {
  caseId: string;
  user: SessionUser;
  onBack: () => void;
  backLabel: string;
}

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; view: CaseView };

/** One meldcode case: who and what it is about, then its five steps and its log as tabs. */
export function CasePage({ caseId, user, onBack, backLabel }: CasePageProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [dirty, setDirty] = useState(false);
  const [shareDirty, setShareDirty] = useState(false);
  const back = useDiscardGuard({ dirty: dirty || shareDirty, onLeave: onBack });

  useEffect(() => {
    void api.meldcode.get({ caseId }).then((result) => setLoad(result.ok ? { state: 'loaded', view: result.value } : { state: 'failed', message: result.error.message }));
  }, [caseId]);

  const view = load.state === 'loaded' ? load.view : undefined;
  return (
    <section className="page case-page" aria-labelledby="page-heading">
      <BackRow guard={back} label={backLabel} />
      <PageHeading>{view ? `Meldcode: ${view.youthName} — ${view.case.title}` : 'Meldcodetraject'}</PageHeading>
      {load.state === 'loading' && <p className="muted">Meldcodetraject openen…</p>}
      {load.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{load.message}</p>
          <button type="button" className="button" onClick={onBack}>
            {backLabel}
          </button>
        </div>
      )}
      {view && <CaseContent view={view} user={user} onViewChange={(next) => setLoad({ state: 'loaded', view: next })} onDirtyChange={setDirty} />}
      {view && <CaseShareButton youthId={view.case.youthId} caseId={view.case.id} onDirtyChange={setShareDirty} />}
    </section>
  );
}

const tabIds = ['step1', 'step2', 'step3', 'step4', 'step5', 'log'] as const;
type TabId = (typeof tabIds)[number];
const stepTab = (step: MeldcodeStep): TabId => `step${step}`;

interface CaseContentProps {
  view: CaseView;
  user: SessionUser;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
}

function CaseContent({ view, user, onViewChange, onDirtyChange }: CaseContentProps) {
  const [status, setStatus] = useState('');
  // Opens at the first step that is not done, where the work is.
  const [selected, setSelected] = useState<TabId>(() => stepTab((view.steps.find((step) => step.status !== 'done')?.step ?? 5) as MeldcodeStep));
  const { dirtyParts, handlers } = useDirtyParts(tabIds);
  const anyDirty = dirtyParts.size > 0;
  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);
  const goToStep = useCallback((step: MeldcodeStep) => setSelected(stepTab(step)), []);

  const panelProps = (id: TabId): CasePanelProps => ({ view, user, onViewChange, onDirtyChange: handlers[id], announce: setStatus, goToStep });
  const panels: Record<TabId, ReactNode> = {
    step1: <SignalsStep {...panelProps('step1')} />,
    step2: <ConsultationsStep {...panelProps('step2')} />,
    step3: <ConversationStep {...panelProps('step3')} />,
    step4: <WeighingStep {...panelProps('step4')} />,
    step5: <DecisionStep {...panelProps('step5')} />,
    log: <CaseLogPanel view={view} />,
  };
  const tabs: TabDefinition<TabId>[] = tabIds.map((id) => ({
    id,
    label: tabLabel(view, id),
    panel: panels[id],
    ...(dirtyParts.has(id) ? { badge: 'niet opgeslagen' } : {}),
  }));

  return (
    <>
      <p role="status" className="status-message">
        {status}
      </p>
      <CaseSummary view={view} />
      <Tabs label="Stappen van het meldcodetraject" tabs={tabs} selected={selected} onSelect={setSelected} />
    </>
  );
}

/**
 * A step's visible tab name is short enough to keep the row on one line; the words around it are
 * read out only ("Stap 1 · Signalen in kaart brengen: bezig"), so a screen reader hears the full name.
 */
const stepTabNames: Record<MeldcodeStep, { before?: string; shown: string; after?: string }> = {
  1: { shown: 'Signalen', after: ' in kaart brengen' },
  2: { before: 'Collegiale ', shown: 'Consultatie' },
  3: { shown: 'Gesprek', after: ' met de jongere' },
  4: { shown: 'Wegen' },
  5: { shown: 'Beslissen' },
};
const statusNames: Record<StepStatus, { shown: string; after?: string }> = { todo: { shown: 'nog niet', after: ' begonnen' }, busy: { shown: 'bezig' }, done: { shown: 'klaar' } };

/** A step's tab: its number, name and status in words, so the navigator shows where the case stands. */
function tabLabel(view: CaseView, id: TabId): ReactNode {
  if (id === 'log') return 'Dossierlog';
  const step = Number(id.slice(4)) as MeldcodeStep;
  const status = view.steps.find((candidate) => candidate.step === step)?.status ?? 'todo';
  const name = stepTabNames[step];
  return (
    <>
      <span className="visually-hidden">Stap </span>
      {step} · {name.before && <span className="visually-hidden">{name.before}</span>}
      {name.shown}
      {name.after && <span className="visually-hidden">{name.after}</span>}
      <span className="visually-hidden">: </span>
      <span className={`tab-status tab-status-${status}`}>
        {statusNames[status].shown}
        {statusNames[status].after && <span className="visually-hidden">{statusNames[status].after}</span>}
      </span>
    </>
  );
}

function CaseSummary({ view }: { view: CaseView }) {
  const meldcodeCase = view.case;
  return (
    <dl className="youth-summary">
      <dt>Jongere</dt>
      <dd>{view.youthName}</dd>
      <dt>Vermoeden</dt>
      <dd>{suspicionKindLabels[meldcodeCase.suspicion]}</dd>
      <dt>Status</dt>
      <dd>
        {caseStatusLabels[meldcodeCase.status]}
        {meldcodeCase.closedAt && `, ${formatDateTime(meldcodeCase.closedAt)} door ${meldcodeCase.closedByName ?? 'onbekend'}: ${meldcodeCase.closeReason}`}
      </dd>
      <dt>Kader vandaag</dt>
      <dd>{frameworkLabels[view.preview.framework]}</dd>
      <dt>Gestart</dt>
      <dd>
        {formatDateTime(meldcodeCase.openedAt)} door {meldcodeCase.openedByName}
      </dd>
    </dl>
  );
}
