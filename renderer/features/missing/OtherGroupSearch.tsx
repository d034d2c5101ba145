import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { emergencyReasonMinLength, emergencyRequestSchema, type EmergencyCandidate } from '../../../preload/contract';
import { announceEmergencyChange } from '../../app/emergencyEvents';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import type { ChosenYouth } from './chosenYouth';
import { RadioChoiceField } from './RadioChoiceField';

interface OtherGroupSearchProps {
  onChoose: (youth: ChosenYouth) => void;
  onDirtyChange: (dirty: boolean) => void;
  onBusyChange: (busy: boolean) => void;
}

type Found = { query: string; candidates: EmergencyCandidate[] } | null;

/**
 * A youth of another group: found by name outside the user's own groups, then opened with
 * emergency access (noodtoegang) and a written reason, which the aandachtsfunctionaris reviews.
 */
export function OtherGroupSearch({ onChoose, onDirtyChange, onBusyChange }: OtherGroupSearchProps) {
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<string | undefined>();
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<Found>(null);
  const [youthId, setYouthId] = useState('');
  const [reason, setReason] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const queryRef = useRef<HTMLInputElement>(null);

  const dirty = query.trim() !== '' || reason.trim() !== '';
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  async function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearching(true);
    const result = await api.emergency.search({ query });
    setSearching(false);
    if (!result.ok) {
      flushSync(() => setQueryError(result.error.fields?.query ?? result.error.message));
      queryRef.current?.focus();
      return;
    }
    setQueryError(undefined);
    setFound({ query: query.trim(), candidates: result.value });
    // One match is the one meant; with more, the user picks.
    setYouthId(result.value.length === 1 ? result.value[0]!.id : '');
  }

  async function request(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emergencyRequestSchema.safeParse({ youthId, reason });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      if (!youthId) fields.youthId = 'Kies de jongere die vermist is.';
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.emergency.request(parsed.data));
    if (!result.ok) return;
    announceEmergencyChange();
    const candidate = found?.candidates.find((each) => each.id === youthId);
    onChoose({ id: result.value.youthId, name: result.value.youthName, locationName: candidate?.locationName ?? '', viaEmergency: true });
  }

  const candidates = found?.candidates ?? [];
  return (
    <section className="form other-group" aria-labelledby="other-group-heading">
      <h3 id="other-group-heading" className="section-heading">
        Andere groep? Zoek buiten je eigen groepen
      </h3>
      <p className="field-hint">
        Is de jongere van een andere groep, dan opent de melding noodtoegang tot het dossier. Die wordt vastgelegd en achteraf door de
        aandachtsfunctionaris mensenhandel beoordeeld.
      </p>
      <form noValidate onSubmit={search} autoComplete="off" className="search-row" role="search" aria-label="Jongere van een andere groep zoeken">
        <TextField
          ref={queryRef}
          label="Naam van de jongere"
          type="search"
          value={query}
          onChange={(value) => {
            setQuery(value);
            setQueryError(undefined);
          }}
          error={queryError}
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={searching}>
          {searching ? 'Zoeken…' : 'Zoeken'}
        </button>
      </form>
      {found && (
        <form ref={formRef} noValidate onSubmit={request} autoComplete="off" className="form">
          <FormError message={formError} />
          {candidates.length === 0 ? (
            <p role="status" className="muted">
              Geen jongere gevonden met ‘{found.query}’ buiten je eigen groepen.
            </p>
          ) : (
            <RadioChoiceField
              legend={`Kies de jongere (${candidates.length} gevonden)`}
              labels={Object.fromEntries(candidates.map((each) => [each.id, `${each.name}, geboren in ${each.birthYear}, ${each.locationName}`]))}
              value={youthId}
              onChange={(id) => {
                setYouthId(id);
                setErrors(({ youthId: _resolved, ...rest }) => rest);
              }}
              error={errors.youthId}
            />
          )}
          {candidates.length > 0 && (
            <>
              <TextAreaField
                label="Waarom heb je dit dossier nu nodig?"
                hint="Schrijf het concreet op, bijvoorbeeld: ‘Sanne is sinds 22:00 vermist; ik meld haar bij de politie.’"
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  setErrors(({ reason: _resolved, ...rest }) => rest);
                }}
                error={errors.reason}
                minCharacters={emergencyReasonMinLength}
                maxLength={1000}
                rows={3}
                required
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
