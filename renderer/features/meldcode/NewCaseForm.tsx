import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { openCaseSchema, suspicionKindLabels, suspicionKinds, type SuspicionKind } from '../../../preload/contract';
import { api } from '../../app/api';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { LoadFailed } from '../../components/LoadFailed';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { useLoad } from '../../components/useLoad';
import { signalOptions } from './signalChoices';

interface NewCaseFormProps {
  youthId: string;
  youthName: string;
  onDirtyChange: (dirty: boolean) => void;
  onClose: () => void;
  /** The case is opened in main; the file then leaves for its screen. */
  onOpened: (caseId: string) => void;
}

const empty = { suspicion: '' as SuspicionKind | '', title: '', signalIds: [] as string[] };

/** "Nieuw traject starten": what the suspicion is about, a short title, and the signals that belong to it. */
export function NewCaseForm({ youthId, youthName, onDirtyChange, onClose, onOpened }: NewCaseFormProps) {
  const listSignals = useCallback(() => api.signals.list({ youthId }), [youthId]);
  const signals = useLoad(listSignals);
  const [values, setValues] = useState(empty);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = values.suspicion !== '' || values.title.trim() !== '' || values.signalIds.length > 0;
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  function change<Key extends keyof typeof empty>(key: Key, value: (typeof empty)[Key]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = openCaseSchema.safeParse({ youthId, ...values });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.meldcode.open(parsed.data));
    if (!result.ok) return;
    // Reported clean in this same update, so the file lets the case screen take its place without asking.
    onDirtyChange(false);
    onOpened(result.value.case.id);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form case-form" aria-labelledby="new-case-heading">
      <h3 id="new-case-heading" className="case-form-heading">
        Nieuw meldcodetraject voor {youthName}
      </h3>
      <p className="form-intro">Start een traject per vermoeden. Kies de signalen die erbij horen; in stap 1 kun je dat later nog aanpassen.</p>
      <FormError message={formError} />
      <SelectField label="Waar gaat het vermoeden over?" value={values.suspicion} onChange={(value) => change('suspicion', value as SuspicionKind)} error={errors.suspicion} required autoFocus>
        <option value="">Kies…</option>
        {suspicionKinds.map((kind) => (
          <option key={kind} value={kind}>
            {suspicionKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Korte omschrijving"
        value={values.title}
        onChange={(value) => change('title', value)}
        error={errors.title}
        hint="Bijvoorbeeld ‘Nieuwe oudere vriend, dure spullen’. Zonder namen van anderen."
        maxLength={120}
        required
      />
      {signals.load.state === 'loading' && <p className="muted">Signalen laden…</p>}
      {signals.load.state === 'failed' && <LoadFailed message={signals.load.message} onRetry={signals.retry} />}
      {signals.load.state === 'loaded' &&
        (signals.load.value.signals.length === 0 ? (
          <p className="muted">Er zijn nog geen signalen vastgelegd. Dat kan ook later, onder ‘Signalen’ in het dossier; in stap 1 kies je ze dan.</p>
        ) : (
          <CheckboxGroupField
            legend="Signalen die bij dit vermoeden horen"
            options={signalOptions(signals.load.value.signals, values.signalIds)}
            selected={values.signalIds}
            onChange={(selected) => change('signalIds', selected)}
            error={errors.signalIds}
          />
        ))}
      <GuardedFormActions guard={guard} submitLabel="Traject starten" busy={busy} />
    </form>
  );
}
