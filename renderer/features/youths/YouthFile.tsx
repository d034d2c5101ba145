import { useCallback, useRef, useState } from 'react';
import { legalFrameworkLabels, type SessionUser, type YouthFile as YouthFileData } from '../../../preload/contract';
import { api } from '../../app/api';
import { BackRow } from '../../components/BackRow';
import { PageHeading } from '../../components/PageHeading';
import { Tabs, type TabDefinition } from '../../components/Tabs';
import { useDirtyParts } from '../../components/useDirtyParts';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useLoad } from '../../components/useLoad';
import { YouthAccessHistory } from '../accessLog/YouthAccessHistory';
import { YouthCasesPanel } from '../meldcode/YouthCasesPanel';
import { YouthEpisodesPanel } from '../missing/YouthEpisodesPanel';
import { NetworkPanel } from '../network/NetworkPanel';
import { PhotosPanel } from '../photos/PhotosPanel';
import { ProfilePanel } from '../profile/ProfilePanel';
import type { ChosenYouth } from '../missing/chosenYouth';
import { SafetyPlanPanel } from '../safetyPlan/SafetyPlanPanel';
import { SharingPanel } from '../sharing/SharingPanel';
import { SignalsPanel } from '../signals/SignalsPanel';
import type { FilePanelProps } from './filePanel';
import { YouthAccessNotice } from './YouthAccessNotice';
import { ageInYears, localTodayIso } from './youthDates';

interface YouthFileProps {
  youthId: string;
  user: SessionUser;
  onBack: () => void;
  /** "Vermissing melden" for this youth: the start screen opens the report at its facts. */
  onReportMissing: (youth: ChosenYouth) => void;
  /** One of the youth's episodes, shown by the start screen in place of the file. */
  onOpenEpisode: (episodeId: string) => void;
  /** One of the youth's meldcode cases, shown by the start screen in place of the file. */
  onOpenCase: (caseId: string) => void;
}

const parts = [
  { id: 'profile', label: 'Gegevens', Panel: ProfilePanel },
  { id: 'photos', label: "Foto's", Panel: PhotosPanel },
  { id: 'safetyPlan', label: 'Veiligheidsplan', Panel: SafetyPlanPanel },
  { id: 'network', label: 'Netwerk', Panel: NetworkPanel },
  { id: 'missing', label: 'Vermissingen', Panel: YouthEpisodesPanel },
  { id: 'signals', label: 'Signalen', Panel: SignalsPanel },
  { id: 'meldcode', label: 'Meldcode', Panel: YouthCasesPanel },
  { id: 'sharing', label: 'Verstrekkingen', Panel: SharingPanel },
] as const;
type PartId = (typeof parts)[number]['id'];
const partIds = parts.map((part) => part.id);

/** One youth's file: a heading with who it is, then its parts as tabs. */
export function YouthFile({ youthId, user, onBack, onReportMissing, onOpenEpisode, onOpenCase }: YouthFileProps) {
  // Opening the file is logged in main: once per youth shown, not on every render.
  const openFile = useCallback(() => api.youths.open({ id: youthId }), [youthId]);
  const { load, setLoad } = useLoad(openFile);
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<PartId>('profile');
  const { dirtyParts, handlers: dirtyHandlers } = useDirtyParts(partIds);
  // Back, reporting missing and opening an episode all leave the file: each asks first about unsaved input.
  const leaving = useRef(onBack);
  const back = useDiscardGuard({ dirty: dirtyParts.size > 0, onLeave: () => leaving.current() });
  const leaveVia = useCallback(
    (leave: () => void) => {
      leaving.current = leave;
      back.requestLeave();
    },
    [back],
  );
  const openEpisode = useCallback((episodeId: string) => leaveVia(() => onOpenEpisode(episodeId)), [leaveVia, onOpenEpisode]);
  const openCase = useCallback((caseId: string) => leaveVia(() => onOpenCase(caseId)), [leaveVia, onOpenCase]);

  const onFileChange = useCallback(
    (patch: Partial<YouthFileData>) =>
      setLoad((current) => (current.state === 'loaded' ? { state: 'loaded', value: { ...current.value, ...patch } } : current)),
    [setLoad],
  );

  const file = load.state === 'loaded' ? load.value : undefined;
  const tabs: TabDefinition<PartId>[] = file
    ? parts.map(({ id, label, Panel }) => {
        const props: FilePanelProps = { file, user, onFileChange, onDirtyChange: dirtyHandlers[id], announce: setStatus, openEpisode, openCase, shown: id === selected };
        return { id, label, panel: <Panel {...props} />, ...(dirtyParts.has(id) ? { badge: 'niet opgeslagen' } : {}) };
      })
    : [];

  return (
    <section className="page youth-file" aria-labelledby="page-heading">
      <BackRow guard={back} label="Terug naar de lijst" onClick={() => leaveVia(onBack)} />
      <div className="page-header">
        <PageHeading>{file ? `${file.youth.firstName} ${file.youth.lastName}` : 'Dossier'}</PageHeading>
        {file && (
          <button
            type="button"
            className="button button-alarm"
            onClick={() =>
              leaveVia(() =>
                onReportMissing({ id: file.youth.id, name: `${file.youth.firstName} ${file.youth.lastName}`, locationName: file.youth.locationName, viaEmergency: file.access.kind === 'emergency' }),
              )
            }
          >
            Vermissing melden
          </button>
        )}
      </div>
      <p role="status" className="status-message">
        {status}
      </p>
      {load.state === 'loading' && <p className="muted">Dossier openen…</p>}
      {load.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{load.message}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onBack}>
              Terug naar de lijst
            </button>
          </div>
        </div>
      )}
      {file && (
        <>
          <YouthAccessNotice access={file.access} />
          <YouthSummary file={file} />
          <Tabs label="Onderdelen van het dossier" tabs={tabs} selected={selected} onSelect={setSelected} />
          {user.role === 'traffickingOfficer' && <YouthAccessHistory youthId={file.youth.id} />}
        </>
      )}
    </section>
  );
}

/** Who this is at a glance: alias, age, group and legal title. */
function YouthSummary({ file }: { file: YouthFileData }) {
  const { youth, profile } = file;
  return (
    <dl className="youth-summary">
      {youth.alias && (
        <>
          <dt>Roepnaam of bijnaam</dt>
          <dd>{youth.alias}</dd>
        </>
      )}
      <dt>Leeftijd</dt>
      <dd>{ageInYears(youth.dateOfBirth, localTodayIso())} jaar</dd>
      <dt>Locatie of groep</dt>
      <dd>{youth.locationName}</dd>
      <dt>Juridisch kader</dt>
      <dd>{legalFrameworkLabels[profile.placement.legalFramework]}</dd>
    </dl>
  );
}
