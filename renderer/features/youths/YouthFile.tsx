import { useCallback, useState } from 'react';
import type { SessionUser, Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { formatDateTime } from '../../components/formatDateTime';
import { PageHeading } from '../../components/PageHeading';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useLoad } from '../../components/useLoad';
import { YouthAccessHistory } from '../accessLog/YouthAccessHistory';
import { YouthAccessNotice } from './YouthAccessNotice';
import { ageInYears, formatDutchDate, localTodayIso } from './youthDates';
import { YouthEditForm } from './YouthEditForm';

interface YouthFileProps {
  youthId: string;
  user: SessionUser;
  onBack: () => void;
}

/** One youth's file: the basic data, why this user may see it, and the edit form. */
export function YouthFile({ youthId, user, onBack }: YouthFileProps) {
  // Opening the file is logged in main: once per youth shown, not on every render.
  const openFile = useCallback(() => api.youths.open({ id: youthId }), [youthId]);
  const { load, setLoad } = useLoad(openFile);
  const [status, setStatus] = useState('');
  const [editDirty, setEditDirty] = useState(false);
  const back = useDiscardGuard({ dirty: editDirty, onLeave: onBack });

  function saved(youth: Youth) {
    setLoad((current) => (current.state === 'loaded' ? { state: 'loaded', value: { ...current.value, youth } } : current));
    setStatus(`Gegevens opgeslagen voor ${youth.firstName} ${youth.lastName}.`);
  }

  const youth = load.state === 'loaded' ? load.value.youth : undefined;

  return (
    <section className="page youth-file" aria-labelledby="page-heading">
      <div className="back-row">
        <button ref={back.returnFocusRef} type="button" className="button" onClick={back.requestLeave}>
          <span aria-hidden="true">← </span>Terug naar de lijst
        </button>
      </div>
      {back.confirmingDiscard && <DiscardChangesPrompt onDiscard={back.discard} onKeepEditing={back.keepEditing} />}
      <PageHeading>{youth ? `${youth.firstName} ${youth.lastName}` : 'Dossier'}</PageHeading>
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
      {load.state === 'loaded' && youth && (
        <>
          <YouthAccessNotice access={load.value.access} />
          <section className="panel" aria-labelledby="youth-data-heading">
            <h2 id="youth-data-heading" className="section-heading">
              Gegevens
            </h2>
            <dl className="details-list">
              <dt>Voornaam</dt>
              <dd>{youth.firstName}</dd>
              <dt>Achternaam</dt>
              <dd>{youth.lastName}</dd>
              <dt>Geboortedatum</dt>
              <dd>
                {formatDutchDate(youth.dateOfBirth)} ({ageInYears(youth.dateOfBirth, localTodayIso())} jaar)
              </dd>
              <dt>Locatie of groep</dt>
              <dd>{youth.locationName}</dd>
              <dt>In Waakzaam sinds</dt>
              <dd>{formatDateTime(youth.createdAt)}</dd>
            </dl>
          </section>
          <section className="panel" aria-labelledby="youth-edit-heading">
            <h2 id="youth-edit-heading" className="section-heading">
              Gegevens wijzigen
            </h2>
            <YouthEditForm youth={youth} onSaved={saved} onDirtyChange={setEditDirty} />
          </section>
          {user.role === 'traffickingOfficer' && <YouthAccessHistory youthId={youth.id} />}
        </>
      )}
    </section>
  );
}
