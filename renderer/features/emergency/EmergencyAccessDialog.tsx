import { useEffect, useId, useState, type FormEvent } from 'react';
import type { EmergencyGrant } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { EmergencyReasonField } from './EmergencyReasonField';
import { EmergencySearchForm } from './EmergencySearchForm';
import { requestEmergencyAccess } from './requestEmergencyAccess';
import { useEmergencySearch } from './useEmergencySearch';

interface EmergencyAccessDialogProps {
  onClose: () => void;
  /** Access was granted: the caller opens the youth's file. */
  onGranted: (grant: EmergencyGrant) => void;
}

/**
 * Noodtoegang: a group worker or team lead opens the file of a youth outside their own locations,
 * for a limited time and with a written reason that the aandachtsfunctionaris reviews afterwards.
 */
export function EmergencyAccessDialog({ onClose, onGranted }: EmergencyAccessDialogProps) {
  const emergencySearch = useEmergencySearch();
  const { query, search, youthId, setYouthId } = emergencySearch;
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState<number | null>(null);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const resultsLegendId = useId();

  const dirty = query.trim() !== '' || reason.trim() !== '' || youthId !== '';
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => {
    let current = true;
    void api.settings.get().then((result) => {
      if (current && result.ok) setHours(result.value.emergencyAccessHours);
    });
    return () => {
      current = false;
    };
  }, []);

  async function find(event: FormEvent<HTMLFormElement>) {
    guard.setConfirmingDiscard(false);
    if (await emergencySearch.find(event)) setErrors(({ youthId: _resolved, ...rest }) => rest);
  }

  async function request(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    if (search.state !== 'done' || search.candidates.length === 0) {
      emergencySearch.showQueryError('Zoek eerst de jongere op naam en kies die in de lijst.');
      return;
    }
    const grant = await requestEmergencyAccess({ youthId, reason }, { showErrors, send }, 'Kies de jongere waarvan je het dossier nodig hebt.');
    if (grant) onGranted(grant);
  }

  return (
    <Dialog title="Noodtoegang tot een dossier" onRequestClose={guard.requestLeave}>
      <div className="form">
        <div className="notice">
          <p>
            Je ziet alleen de jongeren van je eigen locaties. Heb je nú het dossier van een andere jongere nodig, bijvoorbeeld
            omdat die vermist is of in jouw dienst bij jullie verblijft, dan kun je noodtoegang openen.
          </p>
          <ul className="notice-list">
            <li>
              De toegang geldt {hours ? `${hours} uur` : 'een beperkte tijd'} en stopt daarna vanzelf.
            </li>
            <li>Alles wat je in het dossier bekijkt en wijzigt, wordt vastgelegd.</li>
            <li>De aandachtsfunctionaris mensenhandel beoordeelt achteraf jouw reden.</li>
          </ul>
        </div>

        <EmergencySearchForm
          search={emergencySearch}
          label="Zoek de jongere op naam"
          hint="Typ minstens 2 letters van de voor- of achternaam."
          name="Jongere zoeken"
          onSubmit={find}
          autoFocus
        />

        <form ref={formRef} noValidate onSubmit={request} autoComplete="off" className="form">
          <FormError message={formError} />
          {search.state === 'done' &&
            (search.candidates.length === 0 ? (
              <p className="empty-state" role="status">
                Geen jongere gevonden met ‘{search.query}’ in de naam, buiten jouw eigen locaties. Controleer de spelling of
                zoek op een deel van de naam. Jongeren van je eigen locaties vind je gewoon in de lijst.
              </p>
            ) : (
              <fieldset className="field" aria-describedby={errors.youthId ? `${resultsLegendId}-error` : undefined}>
                <legend id={resultsLegendId} className="field-label">
                  Kies de jongere ({search.candidates.length} gevonden)
                </legend>
                <div className="choice-list">
                  {search.candidates.map((candidate, index) => (
                    <label key={candidate.id} className="choice-option">
                      <input
                        type="radio"
                        name="emergency-youth"
                        value={candidate.id}
                        checked={youthId === candidate.id}
                        onChange={() => {
                          setYouthId(candidate.id);
                          setErrors(({ youthId: _resolved, ...rest }) => rest);
                        }}
                        aria-invalid={errors.youthId && index === 0 ? true : undefined}
                      />
                      <span>
                        <span className="choice-title">{candidate.name}</span>
                        <span className="choice-detail">
                          geboren in {candidate.birthYear}, {candidate.locationName}
                        </span>
                      </span>
                    </label>
                  ))}
                </div>
                {errors.youthId && (
                  <p id={`${resultsLegendId}-error`} className="field-error">
                    {errors.youthId}
                  </p>
                )}
              </fieldset>
            ))}
          <EmergencyReasonField
            value={reason}
            onChange={(value) => {
              setReason(value);
              setErrors(({ reason: _resolved, ...rest }) => rest);
            }}
            error={errors.reason}
          />
          <GuardedFormActions guard={guard} submitLabel="Noodtoegang openen" busy={busy} />
        </form>
      </div>
    </Dialog>
  );
}
