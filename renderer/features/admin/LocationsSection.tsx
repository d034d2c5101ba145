import { useState, type FormEvent } from 'react';
import { newLocationSchema, type Location } from '../../../preload/contract';
import { api } from '../../app/api';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import type { LocationsLoad } from '../youths/useLocations';

interface LocationsSectionProps {
  load: LocationsLoad;
  onRetry: () => void;
  onCreated: () => Promise<void>;
}

/** The locations and groups youths are placed in; group workers and team leads are linked to them. */
export function LocationsSection({ load, onRetry, onCreated }: LocationsSectionProps) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const guard = useDiscardGuard({
    dirty: name.trim() !== '',
    busy: saving,
    onLeave: () => {
      setName('');
      setErrors({});
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    setStatus('');
    const parsed = newLocationSchema.safeParse({ name });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.locations.create(parsed.data);
    setSaving(false);
    if (!result.ok) {
      showErrors(result.error.fields ?? {}, result.error.message);
      return;
    }
    setName('');
    await onCreated();
    setStatus(`Locatie toegevoegd: ${result.value.name}.`);
  }

  return (
    <section className="panel" aria-labelledby="locations-heading">
      <h2 id="locations-heading" className="section-heading">
        Locaties en groepen
      </h2>
      <p role="status" className="status-message">
        {status}
      </p>
      {load.state === 'loading' && <p className="muted">Locaties laden…</p>}
      {load.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{load.message}</p>
          <button type="button" className="button" onClick={onRetry}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {load.state === 'loaded' &&
        (load.locations.length === 0 ? (
          <p className="empty-state">
            Nog geen locaties. Voeg hieronder de eerste locatie of groep toe; daarna kun je medewerkers eraan koppelen.
          </p>
        ) : (
          <LocationList locations={load.locations} />
        ))}
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form form-narrow" aria-label="Nieuwe locatie of groep">
        <FormError message={formError} />
        <TextField
          label="Nieuwe locatie of groep"
          value={name}
          onChange={(value) => {
            setName(value);
            setErrors({});
          }}
          error={errors.name}
          hint="Bijvoorbeeld ‘Groep Noord’ of ‘Woning De Linde’."
        />
        {guard.confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label="Locatie toevoegen" busy={saving} />
            {name.trim() !== '' && (
              <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving}>
                Annuleren
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}

function LocationList({ locations }: { locations: readonly Location[] }) {
  return (
    <ul className="plain-list" aria-label="Locaties en groepen">
      {locations.map((location) => (
        <li key={location.id}>{location.name}</li>
      ))}
    </ul>
  );
}
