import { useEffect, useId, useState, type FormEvent } from 'react';
import { episodeEventKindLabels, episodeEventKinds, fieldErrorsFrom, newEpisodeEventSchema } from '../../../preload/contract';
import { api } from '../../app/api';
import { fromDateTimeLocal, nowDateTimeLocal } from '../../components/dateTimeLocal';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import type { EpisodeFormProps } from './episodeFormProps';

const emptyEvent = () => ({ at: nowDateTimeLocal(), kind: '', text: '' });
type EventValues = ReturnType<typeof emptyEvent>;

/**
 * "Gebeurtenis toevoegen": a search action, a sighting, a contact. Entries are only ever added;
 * the time follows the clock and counts as input only once the user changed it.
 */
export function NewEventForm({ view, onViewChange, onDirtyChange, announce }: EpisodeFormProps) {
  const headingId = useId();
  const [start, setStart] = useState(emptyEvent);
  const [values, setValues] = useState(start);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = values.kind !== '' || values.text.trim() !== '' || values.at !== start.at;

  function restart() {
    const fresh = emptyEvent();
    setStart(fresh);
    setValues(fresh);
  }

  function clear() {
    restart();
    setErrors({});
    setFormError(null);
  }
  const guard = useDiscardGuard({ dirty, busy, onLeave: clear });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  // The tab may stay open for hours: an untouched form keeps showing the current minute.
  useEffect(() => {
    if (dirty) return;
    const timer = setInterval(restart, 30_000);
    return () => clearInterval(timer);
  }, [dirty]);

  function change(key: keyof EventValues, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const input = { episodeId: view.episode.id, at: fromDateTimeLocal(values.at), kind: values.kind, text: values.text };
    const checked = newEpisodeEventSchema.safeParse(input);
    if (!checked.success) {
      showErrors(fieldErrorsFrom(checked.error), null);
      return;
    }
    const result = await send(() => api.missing.addEvent(checked.data));
    if (!result.ok) return;
    clear();
    onViewChange(result.value);
    announce(`Gebeurtenis toegevoegd: ${episodeEventKindLabels[checked.data.kind]}.`);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form episode-form" aria-labelledby={headingId}>
      <h3 id={headingId} className="episode-form-heading">
        Gebeurtenis toevoegen
      </h3>
      <p className="form-intro">
        Zoekacties, waarnemingen en contacten komen met tijdstip in de tijdlijn. Wat er staat wordt nooit gewijzigd of verwijderd: een correctie
        voeg je toe als nieuwe gebeurtenis.
      </p>
      <FormError message={formError} />
      <TextField label="Tijdstip" type="datetime-local" value={values.at} onChange={(value) => change('at', value)} error={errors.at} required />
      <SelectField label="Soort" value={values.kind} onChange={(value) => change('kind', value)} error={errors.kind} required>
        <option value="">Kies wat er gebeurde</option>
        {episodeEventKinds.map((kind) => (
          <option key={kind} value={kind}>
            {episodeEventKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Wat er gebeurde"
        hint="Wie, wat, waar: zo feitelijk mogelijk, en van wie je het weet."
        rows={3}
        value={values.text}
        onChange={(value) => change('text', value)}
        error={errors.text}
        required
      />
      <GuardedFormActions guard={guard} submitLabel="Gebeurtenis toevoegen" busy={busy} leaveLabel="Leegmaken" leaveDisabled={!dirty} />
    </form>
  );
}
