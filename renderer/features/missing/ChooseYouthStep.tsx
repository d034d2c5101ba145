import { useMemo, useState } from 'react';
import { locationBoundRoles, type Result, type SessionUser, type Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../components/useLoad';
import { compareDutch, nameMatches, surnameSortKey } from '../youths/dutchNames';
import { ageInYears, localTodayIso } from '../youths/youthDates';
import type { ChosenYouth } from './chosenYouth';
import { OtherGroupSearch } from './OtherGroupSearch';

interface ChooseYouthStepProps {
  user: SessionUser;
  onChoose: (youth: ChosenYouth) => void;
  onDirtyChange: (dirty: boolean) => void;
  onBusyChange: (busy: boolean) => void;
}

/** A youth on the list, and whether the user sees them only through a running emergency grant. */
interface YouthChoice {
  youth: Youth;
  viaEmergency: boolean;
}

const bySurname = ({ youth: a }: YouthChoice, { youth: b }: YouthChoice) =>
  compareDutch(surnameSortKey(a.lastName), surnameSortKey(b.lastName)) || compareDutch(a.firstName, b.firstName);

/** The list main gives holds the youths of running emergency grants too: the grants say which they are. */
async function loadChoices(): Promise<Result<YouthChoice[]>> {
  const [youths, grants] = await Promise.all([api.youths.list(), api.emergency.active()]);
  if (!youths.ok) return youths;
  // Without the grants the list still serves the report (only the marks are missing): a missing youth comes first.
  const granted = new Set(grants.ok ? grants.value.map((grant) => grant.youthId) : []);
  return { ok: true, value: youths.value.map((youth) => ({ youth, viaEmergency: granted.has(youth.id) })) };
}

const ownHeading = (withEmergency: boolean) => (withEmergency ? 'Jongeren van je eigen groepen en via noodtoegang' : 'Jongeren van je eigen groepen');

/** The first step of a report: one click on a youth of the user's own groups, or emergency access to another. */
export function ChooseYouthStep({ user, onChoose, onDirtyChange, onBusyChange }: ChooseYouthStepProps) {
  const { load, retry } = useLoad(loadChoices);
  const [query, setQuery] = useState('');
  const bound = locationBoundRoles.includes(user.role);

  const shown = useMemo(() => {
    if (load.state !== 'loaded') return [];
    return load.value.filter(({ youth }) => nameMatches([youth.firstName, youth.lastName, youth.alias], query)).sort(bySurname);
  }, [load, query]);

  return (
    <div className="form">
      <section className="form" aria-labelledby="own-youths-heading">
        <h3 id="own-youths-heading" className="section-heading">
          {bound ? ownHeading(load.state === 'loaded' && load.value.some((choice) => choice.viaEmergency)) : 'Welke jongere is vermist?'}
        </h3>
        <TextField label="Zoek op naam of roepnaam" type="search" value={query} onChange={setQuery} spellCheck={false} autoComplete="off" autoFocus />
        {load.state === 'loading' && <p className="muted">Jongeren laden…</p>}
        {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
        {load.state === 'loaded' && (
          <YouthChoices youths={shown} total={load.value.length} query={query} onChoose={onChoose} />
        )}
      </section>
      {bound && <OtherGroupSearch onChoose={onChoose} onDirtyChange={onDirtyChange} onBusyChange={onBusyChange} />}
    </div>
  );
}

interface YouthChoicesProps {
  youths: YouthChoice[];
  total: number;
  query: string;
  onChoose: (youth: ChosenYouth) => void;
}

function YouthChoices({ youths, total, query, onChoose }: YouthChoicesProps) {
  if (total === 0) return <p className="muted">Er staan nog geen jongeren in je eigen groepen.</p>;
  if (youths.length === 0) {
    return <p className="muted">Geen jongere gevonden met ‘{query.trim()}’ in de naam of roepnaam.</p>;
  }
  const today = localTodayIso();
  return (
    <ul className="youth-choices" aria-label="Kies de jongere">
      {youths.map(({ youth, viaEmergency }) => {
        const name = `${youth.firstName} ${youth.lastName}`;
        return (
          <li key={youth.id}>
            <button type="button" className="youth-choice" onClick={() => onChoose({ id: youth.id, name, locationName: youth.locationName, viaEmergency })}>
              <span className="choice-title">
                {name}
                {viaEmergency && <span className="badge">via noodtoegang</span>}
              </span>
              <span className="choice-detail">
                {youth.alias ? `‘${youth.alias}’, ` : ''}
                {ageInYears(youth.dateOfBirth, today)} jaar, {youth.locationName}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
