import { useEffect, useState, type FormEvent } from 'react';
import { useFormFeedback } from '../../components/useFormFeedback';
import { FormError } from '../../components/FormError';
import { EmergencyReasonField } from '../emergency/EmergencyReasonField';
import { EmergencySearchForm } from '../emergency/EmergencySearchForm';
import { requestEmergencyAccess } from '../emergency/requestEmergencyAccess';
import { useEmergencySearch } from '../emergency/useEmergencySearch';
import type { ChosenYouth } from './chosenYouth';
import { RadioChoiceField } from '../../components/RadioChoiceField';

interface OtherGroupSearchProps {
  onChoose: (youth: ChosenYouth) => void;
  onDirtyChange: (dirty: boolean) => void;
  onBusyChange: (busy: boolean) => void;
}

/**
 * A youth of another group: found by name outside the user's own groups, then opened with
 * emergency access (noodtoegang) and a written reason, which the aandachtsfunctionaris reviews.
 */
export function OtherGroupSearch({ onChoose, onDirtyChange, onBusyChange }: OtherGroupSearchProps) {
  const emergencySearch = useEmergencySearch();
  const { search, candidates, youthId, setYouthId } = emergencySearch;
  const [reason, setReason] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();

  const clearError = (field: string) => setErrors(({ [field]: _resolved, ...rest }) => rest);

  const dirty = emergencySearch.query.trim() !== '' || reason.trim() !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  async function request(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const grant = await requestEmergencyAccess({ youthId, reason }, { showErrors, send }, 'Kies de jongere die vermist is.');
    if (!grant) return;
    const candidate = candidates.find((each) => each.id === grant.youthId);
    onChoose({ id: grant.youthId, name: grant.youthName, locationName: candidate?.locationName ?? '', viaEmergency: true });
  }

  return (
    <section className="form other-group" aria-labelledby="other-group-heading">
      <h3 id="other-group-heading" className="section-heading">
        Andere groep? Zoek buiten je eigen groepen
      </h3>
      <p className="field-hint">
        Is de jongere van een andere groep, dan opent de melding noodtoegang tot het dossier. Die wordt vastgelegd en achteraf door de
        aandachtsfunctionaris mensenhandel beoordeeld.
      </p>
      <EmergencySearchForm search={emergencySearch} label="Naam van de jongere" name="Jongere van een andere groep zoeken" onSubmit={(event) => void emergencySearch.find(event)} />
      {search.state === 'done' && (
        <form ref={formRef} noValidate onSubmit={request} autoComplete="off" className="form">
          <FormError message={formError} />
          {candidates.length === 0 ? (
            <p role="status" className="muted">
              Geen jongere gevonden met ‘{search.query}’ buiten je eigen groepen.
            </p>
          ) : (
            <>
              <RadioChoiceField
                legend={`Kies de jongere (${candidates.length} gevonden)`}
                labels={Object.fromEntries(candidates.map((each) => [each.id, `${each.name}, geboren in ${each.birthYear}, ${each.locationName}`]))}
                value={youthId}
                onChange={(id) => {
                  setYouthId(id);
                  clearError('youthId');
                }}
                error={errors.youthId}
              />
              <EmergencyReasonField
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  clearError('reason');
                }}
                error={errors.reason}
              />
              <div className="form-actions">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {busy ? 'Bezig…' : 'Noodtoegang openen en verder'}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </section>
  );
}
