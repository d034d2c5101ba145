import { useState, type FormEvent } from 'react';
import { newLocationSchema, type Location } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { LoadFailed } from '../../components/LoadFailed';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import type { Load } from '../../components/useLoad';

interface LocationsSectionProps {
  load: Load<Location[]>;
  onRetry: () => void;
  onCreated: () => Promise<void>;
}

/** The locations and groups youths are placed in; group workers and team leads are linked to them. */
export function LocationsSection({ load, onRetry, onCreated }: LocationsSectionProps) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = name.trim() !== '';
  const guard = useDiscardGuard({
    dirty,
    busy,
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
    const result = await send(() => api.locations.create(parsed.data));
    if (!result.ok) return;
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
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={onRetry} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <p className="empty-state">
            Nog geen locaties. Voeg hieronder de eerste locatie of groep toe; daarna kun je medewerkers eraan koppelen.
          </p>
        ) : (
          <LocationList locations={load.value} />
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
        {/* Nothing typed, nothing to cancel: the form stays on the page. */}
        <GuardedFormActions guard={guard} submitLabel="Locatie toevoegen" busy={busy} leaveHidden={!dirty} />
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
